import { useEffect, useRef } from 'react';
import type { HighlightRecord } from '@/utils/db/records';
import type { HighlightPatch, HighlightSpeaker } from '@/utils/messages/fields';
import type { ColourLabels } from '@/utils/paint/colours';
import { CARD_WIDTH } from '@/utils/lens/ui-state';
import { ColourChoice } from '@/components/ColourChoice';
import { NoteFrame } from './NoteFrame';
import { SpeakerChoice } from './SpeakerChoice';

interface Props {
  highlight: HighlightRecord;
  at: { x: number; y: number };
  /** The page's people, to say who said the highlight. */
  speakers: readonly HighlightSpeaker[];
  /** The reader's names for colours. */
  colourLabels: ColourLabels;
  onUpdate: (patch: HighlightPatch) => void;
  onDelete: () => void;
  onCopy: () => void;
  onClose: () => void;
}

const STATE_NOTES: Record<string, string> = {
  approximate: 'The text changed a little since you highlighted it.',
};

/**
 * The card of one highlight: who said it, colour, note, tags, copy and delete. Every string is shown as text.
 * The note and tags are typed in an extension frame (NoteFrame), out of the page's hearing.
 */
const FOCUSABLE = 'button:not(:disabled), select, iframe, textarea, input';

/**
 * Keeps Tab inside the open card: past its last control to its first, and back. The note's frame
 * handles Tab within itself; from its last field the browser moves on to the card's buttons.
 */
function keepTabInside(event: React.KeyboardEvent<HTMLDivElement>) {
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const root = event.currentTarget.getRootNode() as ShadowRoot | Document;
  const at = controls.indexOf(root.activeElement as HTMLElement);
  const wrapTo = event.shiftKey
    ? at <= 0
      ? controls.at(-1)
      : undefined
    : at === controls.length - 1
      ? controls[0]
      : undefined;
  if (!wrapTo) return;
  event.preventDefault();
  wrapTo.focus();
}

export function HighlightCard({ highlight, at, speakers, colourLabels, onUpdate, onDelete, onCopy, onClose }: Props) {
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => card.current?.focus(), []);

  return (
    <div
      ref={card}
      className="card"
      role="dialog"
      aria-label="Highlight"
      tabIndex={-1}
      style={{ left: at.x, top: at.y, width: CARD_WIDTH }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
        if (event.key === 'Tab') keepTabInside(event);
      }}
    >
      <p className="card-quote">{highlight.quote.exact}</p>
      {highlight.anchorState && STATE_NOTES[highlight.anchorState] && (
        <p className="card-hint">{STATE_NOTES[highlight.anchorState]}</p>
      )}
      <SpeakerChoice value={highlight.speaker} choices={speakers} onChange={(speaker) => onUpdate({ speaker })} />
      <ColourChoice value={highlight.colour} labels={colourLabels} onChange={(colour) => onUpdate({ colour })} />
      <NoteFrame id={highlight.id} />
      <div className="card-actions">
        <button type="button" onClick={onCopy}>
          Copy quote
        </button>
        <button type="button" className="danger" onClick={onDelete}>
          Delete
        </button>
        <button type="button" className="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
    </div>
  );
}
