import type { HighlightRecord } from '@/utils/db/records';
import { swatchOf } from '@/utils/paint/colours';

interface Props {
  highlights: HighlightRecord[];
  onDelete: (id: string) => void;
  onRetry: () => void;
}

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Saved highlights as quotes; every string is rendered as text, never as markup. */
export function HighlightList({ highlights, onDelete, onRetry }: Props) {
  return (
    <ul className="highlights" aria-label="Highlights on this page">
      {highlights.map((highlight) => (
        <li key={highlight.id} className={`highlight ${highlight.anchorState ?? ''}`} data-highlight-id={highlight.id}>
          <span className="bar" style={{ background: swatchOf(highlight.colour) }} aria-hidden="true" />
          {highlight.anchorState === 'orphaned' && (
            <p className="state orphaned">
              Not found on this page{' '}
              <button type="button" className="link" onClick={onRetry}>
                Retry
              </button>
            </p>
          )}
          {highlight.anchorState === 'approximate' && <p className="state">The text changed a little since you highlighted it</p>}
          <blockquote className="quote">{highlight.quote.exact}</blockquote>
          {highlight.speaker && (
            <p className="speaker">
              — {highlight.speaker.name}
              {highlight.speaker.roles[0] ? `, ${highlight.speaker.roles[0]}` : ''}
            </p>
          )}
          {highlight.note && <p className="note">{highlight.note}</p>}
          {highlight.projects && highlight.projects.length > 0 && (
            <p className="projects">Mentions {highlight.projects.join(', ')}</p>
          )}
          {highlight.tags.length > 0 && (
            <ul className="tags" aria-label="Tags">
              {highlight.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
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
