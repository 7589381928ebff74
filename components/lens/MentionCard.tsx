import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MentionTarget } from '@/utils/lens/interview-view';
import { tooltipHasControls } from '@/utils/lens/mention-tooltips';
import { CARD_WIDTH } from '@/utils/lens/ui-state';

interface Props {
  target: MentionTarget;
  /** The underlined name the tooltip explains (a Range: page text is never wrapped in elements). */
  anchor: Range;
  quoteCount: number;
  mentionCount: number;
  onNextQuote: () => void;
  /** Opened by the keyboard (focus or caret): it says how to reach its buttons and links. */
  byKeys: boolean;
  /** Counts the reader's requests (Tab) to move the focus into it. */
  focusRequests: number;
  /** Escape inside it: closed, the focus back where it was. */
  onLeave: () => void;
}

/** Tab and Shift+Tab move through its buttons and links, and past either end leave it, as Escape does. */
function keysInside(event: React.KeyboardEvent<HTMLDivElement>, onLeave: () => void) {
  if (event.key === 'Escape') {
    event.preventDefault();
    return onLeave();
  }
  if (event.key !== 'Tab') return;
  event.preventDefault();
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button, a[href]')];
  const next = controls[controls.indexOf(event.target as HTMLElement) + (event.shiftKey ? -1 : 1)];
  if (next) next.focus();
  else onLeave();
}

/** Tooltip for a speaker or project name. Takes the focus only when asked (Tab); every string is shown as text. */
export function MentionCard({
  target,
  anchor,
  quoteCount,
  mentionCount,
  onNextQuote,
  byKeys,
  focusRequests,
  onLeave,
}: Props) {
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusRequests > 0) card.current?.querySelector<HTMLElement>('button, a[href]')?.focus();
  }, [focusRequests]);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  useLayoutEffect(() => {
    if (!card.current) return;
    // Below the name if it fits, else above; kept inside the viewport.
    void computePosition(
      { getBoundingClientRect: () => anchor.getBoundingClientRect(), getClientRects: () => anchor.getClientRects() },
      card.current,
      {
        placement: 'bottom-start',
        strategy: 'fixed',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      },
    ).then(({ x, y }) => setAt({ x, y }));
  }, [anchor]);
  return (
    <div
      ref={card}
      className="card mention"
      role="tooltip"
      onKeyDown={(event) => keysInside(event, onLeave)}
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
          {/* An interviewer the lens found asks, but is not quoted: no count of nothing. */}
          {(!target.asking || quoteCount > 0) && (
            <p className="mention-detail">
              {quoteCount} {target.asking ? 'question' : 'quote'}
              {quoteCount === 1 ? '' : 's'} on this page
              {quoteCount > 0 && (
                <button type="button" className="mention-action" onClick={onNextQuote}>
                  {target.asking ? 'Next question' : 'Next quote'}
                </button>
              )}
            </p>
          )}
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
      {byKeys && focusRequests === 0 && tooltipHasControls(target, quoteCount) && (
        <p className="mention-hint" aria-hidden="true">
          Tab to reach · Esc to close
        </p>
      )}
    </div>
  );
}
