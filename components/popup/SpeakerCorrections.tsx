import { useId, useState } from 'react';
import type { PageCorrectionsRecord } from '@/utils/db/records';
import type { InterviewReport } from '@/utils/interview/report';
import type { SpeakerChange } from '@/utils/messages/fields';
import { sendRequest } from '@/utils/messages/send';

interface Props {
  saved: PageCorrectionsRecord | null;
  address: string;
  /** The page's people, with the corrections already made. */
  summary: Partial<InterviewReport>;
}

/** What a correction did, in words (the lens on the page shows it from its next load). */
function saidOf(change: SpeakerChange, renamed: number, names: readonly string[]): string {
  const reload = 'Reload the page to see it there.';
  switch (change.kind) {
    case 'rename': {
      const moved = renamed
        ? ` ${renamed === 1 ? '1 highlight' : `${renamed} highlights`} now name${renamed === 1 ? 's' : ''} ${change.to}.`
        : '';
      return `${names.includes(change.to) ? `Merged ${change.from} into ${change.to}` : `Renamed ${change.from} to ${change.to}`}.${moved} ${reload}`;
    }
    case 'interviewer':
      return `${change.name} now asks the questions. ${reload}`;
    case 'speaker':
      return `${change.name} is now a speaker. ${reload}`;
    case 'reset':
      return `Your corrections are forgotten. ${reload}`;
  }
}

/** One person on the page, with Rename (or merge into another's name) and "Asks the questions". */
function PersonRow({
  name,
  roles,
  asking,
  names,
  correct,
}: {
  name: string;
  roles: string[];
  asking: boolean;
  names: string[];
  correct: (change: SpeakerChange) => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [to, setTo] = useState(name);
  const listId = useId();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (to.trim() && to.trim() !== name) correct({ kind: 'rename', from: name, to: to.trim() });
    setRenaming(false);
  };
  return (
    <li>
      <strong>{name}</strong>
      {asking
        ? ' — asks the questions'
        : roles.length > 0 && <span className="summary-roles"> — {roles.join('; ')}</span>}
      {renaming ? (
        <form className="rename" onSubmit={submit}>
          <input
            aria-label={`New name for ${name} (or another person’s, to merge)`}
            list={listId}
            value={to}
            onChange={(event) => setTo(event.target.value)}
            maxLength={120}
            autoFocus
          />
          <datalist id={listId}>
            {names
              .filter((other) => other !== name)
              .map((other) => (
                <option key={other} value={other} />
              ))}
          </datalist>
          <button type="submit">Save</button>
          <button type="button" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <span className="person-actions">
          <button
            type="button"
            aria-label={`Rename ${name}`}
            onClick={() => {
              setTo(name);
              setRenaming(true);
            }}
          >
            Rename
          </button>
          {!asking && (
            <button
              type="button"
              aria-label={`${name} asks the questions`}
              onClick={() => correct({ kind: 'interviewer', name })}
            >
              Asks the questions
            </button>
          )}
        </span>
      )}
    </li>
  );
}

/**
 * The reader's corrections of who is who on this page: rename or merge a person, choose who asks,
 * add a speaker. Kept for the page; the lens, popup and exports use them (the lens from its next load).
 */
export function SpeakerCorrections({ saved, address, summary }: Props) {
  const [said, setSaid] = useState<{ text: string; error: boolean } | null>(null);
  const [adding, setAdding] = useState('');
  const people = [
    ...(summary.interviewer ? [{ ...summary.interviewer, asking: true }] : []),
    ...(summary.speakers ?? []).map((speaker) => ({ ...speaker, asking: false })),
  ];
  const names = people.map((person) => person.name);
  const correct = (change: SpeakerChange) =>
    void sendRequest({ type: 'page:correct', url: address, change }).then((reply) =>
      setSaid(
        reply.ok ? { text: saidOf(change, reply.renamed, names), error: false } : { text: reply.error, error: true },
      ),
    );
  const corrected = !!(saved?.renames?.length || saved?.interviewer || saved?.people?.length);
  return (
    <details className="corrections">
      <summary>Correct who is who</summary>
      <ul className="summary-speakers" aria-label="People on this page">
        {people.map((person) => (
          <PersonRow key={person.name} {...person} names={names} correct={correct} />
        ))}
      </ul>
      <form
        className="rename"
        onSubmit={(event) => {
          event.preventDefault();
          if (adding.trim()) correct({ kind: 'speaker', name: adding.trim() });
          setAdding('');
        }}
      >
        <input
          aria-label="Name of a speaker the lens missed"
          placeholder="A speaker the lens missed"
          value={adding}
          maxLength={120}
          onChange={(event) => setAdding(event.target.value)}
        />
        <button type="submit">Add speaker</button>
      </form>
      {corrected && (
        <button type="button" onClick={() => correct({ kind: 'reset' })}>
          Forget my corrections
        </button>
      )}
      {said && (
        <p className={said.error ? 'error' : 'summary-line'} role={said.error ? 'alert' : 'status'}>
          {said.text}
        </p>
      )}
    </details>
  );
}
