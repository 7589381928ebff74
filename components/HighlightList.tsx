import type { HighlightRecord } from '@/utils/db/records';
import { swatchOf } from '@/utils/paint/colours';

interface Props {
  highlights: HighlightRecord[];
  onDelete: (id: string) => void;
}

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Saved highlights as quotes; every string is rendered as text, never as markup. */
export function HighlightList({ highlights, onDelete }: Props) {
  return (
    <ul className="highlights" aria-label="Highlights on this page">
      {highlights.map((highlight) => (
        <li key={highlight.id} className="highlight" data-highlight-id={highlight.id}>
          <span className="bar" style={{ background: swatchOf(highlight.colour) }} aria-hidden="true" />
          <blockquote className="quote">{highlight.quote.exact}</blockquote>
          <div className="meta">
            <time dateTime={new Date(highlight.createdAt).toISOString()}>{when(highlight.createdAt)}</time>
            <button type="button" className="link danger" onClick={() => onDelete(highlight.id)}>
              Delete
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
