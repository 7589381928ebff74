import { useEffect, useRef, useState } from 'react';
import type { HighlightRecord } from '@/utils/db/records';
import type { HighlightPatch } from '@/utils/messages/fields';
import { parseTags } from '@/utils/lens/tags';
import { CARD_WIDTH } from '@/utils/lens/ui-state';
import { NoteTagsFields } from '../NoteTagsFields';
import { ColourChoice } from './ColourChoice';

interface Props {
  highlight: HighlightRecord;
  at: { x: number; y: number };
  onUpdate: (patch: HighlightPatch) => void;
  onDelete: () => void;
  onCopy: () => void;
  onClose: () => void;
}

const STATE_NOTES: Record<string, string> = {
  approximate: 'The text changed a little since you highlighted it.',
};

/** The card of one highlight: colour, note, tags, copy and delete. Every string is shown as text. */
export function HighlightCard({ highlight, at, onUpdate, onDelete, onCopy, onClose }: Props) {
  const [note, setNote] = useState(highlight.note);
  const [tags, setTags] = useState(highlight.tags.join(', '));
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => card.current?.focus(), []);

  const save = () => onUpdate({ note, tags: parseTags(tags) });
  const dirty = note !== highlight.note || tags !== highlight.tags.join(', ');

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
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
      }}
    >
      <p className="card-quote">{highlight.quote.exact}</p>
      {highlight.anchorState && STATE_NOTES[highlight.anchorState] && <p className="card-hint">{STATE_NOTES[highlight.anchorState]}</p>}
      <ColourChoice value={highlight.colour} onChange={(colour) => onUpdate({ colour })} />
      <NoteTagsFields note={note} tags={tags} onNote={setNote} onTags={setTags} />
      <div className="card-actions">
        <button type="button" className="primary" disabled={!dirty} onClick={save}>
          Save
        </button>
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
