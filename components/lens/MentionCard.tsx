import type { MentionTarget } from '@/utils/lens/interview-view';
import { CARD_WIDTH } from '@/utils/lens/ui-state';

interface Props {
  target: MentionTarget;
  at: { x: number; y: number };
  quoteCount: number;
  mentionCount: number;
  onNextQuote: () => void;
}

/** Tooltip for a speaker or project name. Never takes focus; every string is shown as text. */
export function MentionCard({ target, at, quoteCount, mentionCount, onNextQuote }: Props) {
  return (
    <div className="card mention" role="tooltip" style={{ left: at.x, top: at.y, width: CARD_WIDTH }}>
      {target.kind === 'speaker' ? (
        <>
          <p className="mention-name">{target.person.name}</p>
          {target.person.roles.length > 0 && (
            <ul className="mention-roles">
              {target.person.roles.map((role) => (
                <li key={role}>{role}</li>
              ))}
            </ul>
          )}
          {target.person.organisation && <p className="mention-detail">{target.person.organisation}</p>}
          <p className="mention-detail">
            {quoteCount} quote{quoteCount === 1 ? '' : 's'} on this page
            {quoteCount > 0 && (
              <button type="button" className="mention-action" tabIndex={-1} onClick={onNextQuote}>
                Next quote
              </button>
            )}
          </p>
        </>
      ) : (
        <>
          <p className="mention-name">
            {target.entry.name} <span className="mention-kind">{target.entry.kind.replace(/-/g, ' ')}</span>
          </p>
          <p className="mention-description">{target.entry.description}</p>
          <p className="mention-detail">
            {mentionCount} mention{mentionCount === 1 ? '' : 's'} on this page
          </p>
          <p className="mention-links">
            {target.entry.homepage && (
              <a href={target.entry.homepage} target="_blank" rel="noopener noreferrer">
                Homepage
              </a>
            )}
            {target.entry.repository && (
              <a href={target.entry.repository} target="_blank" rel="noopener noreferrer">
                Repository
              </a>
            )}
          </p>
        </>
      )}
    </div>
  );
}
