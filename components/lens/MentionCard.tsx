import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useLayoutEffect, useRef, useState } from 'react';
import type { MentionTarget } from '@/utils/lens/interview-view';
import { CARD_WIDTH } from '@/utils/lens/ui-state';

interface Props {
  target: MentionTarget;
  /** The underlined name the tooltip explains (a Range: page text is never wrapped in elements). */
  anchor: Range;
  quoteCount: number;
  mentionCount: number;
  onNextQuote: () => void;
}

/** Tooltip for a speaker or project name. Never takes focus; every string is shown as text. */
export function MentionCard({ target, anchor, quoteCount, mentionCount, onNextQuote }: Props) {
  const card = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  useLayoutEffect(() => {
    if (!card.current) return;
    // Below the name if it fits, else above; kept inside the viewport.
    void computePosition({ getBoundingClientRect: () => anchor.getBoundingClientRect(), getClientRects: () => anchor.getClientRects() }, card.current, {
      placement: 'bottom-start',
      strategy: 'fixed',
      middleware: [offset(6), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => setAt({ x, y }));
  }, [anchor]);
  return (
    <div
      ref={card}
      className="card mention"
      role="tooltip"
      style={{ left: at?.x ?? 0, top: at?.y ?? 0, width: CARD_WIDTH, visibility: at ? 'visible' : 'hidden' }}
    >
      {target.kind === 'speaker' ? (
        <>
          <p className="mention-name">{target.person.name}</p>
          {target.asking && <p className="mention-detail">Asks the questions</p>}
          {target.person.roles.length > 0 && (
            <ul className="mention-roles">
              {target.person.roles.map((role) => (
                <li key={role}>{role}</li>
              ))}
            </ul>
          )}
          {target.person.organisation && <p className="mention-detail">{target.person.organisation}</p>}
          <p className="mention-detail">
            {quoteCount} {target.asking ? 'question' : 'quote'}
            {quoteCount === 1 ? '' : 's'} on this page
            {quoteCount > 0 && (
              <button type="button" className="mention-action" tabIndex={-1} onClick={onNextQuote}>
                {target.asking ? 'Next question' : 'Next quote'}
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
