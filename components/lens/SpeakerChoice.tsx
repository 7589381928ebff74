import type { HighlightSpeaker } from '@/utils/messages/fields';

interface Props {
  value: HighlightSpeaker | undefined;
  /** The people of this page, as the lens read it. */
  choices: readonly HighlightSpeaker[];
  onChange: (speaker: HighlightSpeaker | null) => void;
}

const NO_ONE = '';

/**
 * Who said the highlighted words, with their role, and a list to correct it: the lens can take a
 * headline for a name, or give a quote to the wrong person. Names are shown as text.
 */
export function SpeakerChoice({ value, choices, onChange }: Props) {
  // The saved speaker stays listed even when this reading of the page no longer finds them.
  const people = value && !choices.some((person) => person.name === value.name) ? [value, ...choices] : choices;
  const role = value?.roles[0];
  return (
    <div className="card-speaker">
      <label>
        <span className="card-speaker-label">Said by</span>
        <select
          value={value?.name ?? NO_ONE}
          onChange={(event) => onChange(people.find((person) => person.name === event.target.value) ?? null)}
        >
          <option value={NO_ONE}>No one (not a quote)</option>
          {people.map((person) => (
            <option key={person.name} value={person.name}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      {role && <p className="card-speaker-role">{role}</p>}
    </div>
  );
}
