import { memo, useContext, useRef, useState } from 'react';
import { ColourLabelsContext } from '@/components/colour-labels';
import { ColourChoice } from '@/components/ColourChoice';
import { NoteTagsFields } from '@/components/NoteTagsFields';
import type { ArticleRecord, HighlightRecord, OtherEdit } from '@/utils/db/records';
import { parseTags } from '@/utils/text/tags';
import type { HighlightPatch } from '@/utils/messages/fields';
import { swatchOf } from '@/utils/paint/colours';

export interface HighlightActions {
  /** Resolves to whether the change was saved (the reason for a refusal is shown by the caller). */
  update: (highlight: HighlightRecord, patch: HighlightPatch) => Promise<boolean>;
  remove: (highlight: HighlightRecord) => void;
  open: (highlight: HighlightRecord, article: ArticleRecord | undefined) => void;
  cite: (highlight: HighlightRecord, article: ArticleRecord | undefined) => void;
  retry?: () => void;
}

interface Props {
  highlight: HighlightRecord;
  /** Shown under the quote where highlights of several articles are listed. */
  article?: ArticleRecord;
  showArticle?: boolean;
  actions: HighlightActions;
}

/** The start of a quote, to tell a screen reader which highlight a button acts on. */
const opening = (quote: string) => {
  const words = quote.replace(/\s+/g, ' ').trim();
  return words.length > 40 ? `${words.slice(0, 40).trimEnd()}…` : words;
};

// One formatter for every item: toLocaleString builds a new one per call, a millisecond or more each.
const DATE_AND_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (ms: number) => DATE_AND_TIME.format(ms);

/**
 * The notes other devices saved while this one did too: all kept until the reader picks one (the
 * note above is the newest edit). Picking one, or keeping the note above, lets the others go.
 */
function OtherEdits({
  highlight,
  others,
  update,
}: {
  highlight: HighlightRecord;
  others: readonly OtherEdit[];
  update: HighlightActions['update'];
}) {
  const one = others.length === 1;
  const title = one ? 'Also edited on another device' : 'Also edited on other devices';
  return (
    <div className="also-edited" role="group" aria-label={title}>
      <p>
        <strong>{title}</strong>: {one ? 'its note' : `${others.length} other notes`}
        {highlight.note ? ', beside the newer one above' : ''}:
      </p>
      {others.map((other) => (
        <div className="other-edit" key={`${other.updatedAt}:${other.note}`}>
          <p className="note other-note">{other.note || '(no note)'}</p>
          <p className="other-when">
            Saved {when(other.updatedAt)}{' '}
            <button
              type="button"
              className="link"
              onClick={() => void update(highlight, { note: other.note, alsoEdited: null })}
            >
              {one ? 'Use the other device’s note' : 'Use this note'}
            </button>
          </p>
        </div>
      ))}
      <button type="button" className="link" onClick={() => void update(highlight, { alsoEdited: null })}>
        Keep the note above
      </button>
    </div>
  );
}

/** One saved highlight with its note and tags, editable in place. Every string is rendered as text. */
// Memoised: a list of thousands redraws when one row changes (sync filling the library), and the
// rows it keeps are the same objects (utils/library/follow.ts), so only changed ones draw again.
export const HighlightItem = memo(function HighlightItem({ highlight, article, showArticle = false, actions }: Props) {
  const [editing, setEditing] = useState(false);
  const labels = useContext(ColourLabelsContext);
  const label = labels[highlight.colour];
  const named = (action: string) => `${action} highlight: ${opening(highlight.quote.exact)}`;
  const [note, setNote] = useState(highlight.note);
  const [tags, setTags] = useState(highlight.tags.join(', '));
  const editButton = useRef<HTMLButtonElement>(null);
  // Closing the editor (Save, Cancel, Escape) puts the focus back on Edit, where the reader was.
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const startEditing = () => {
    setNote(highlight.note);
    setTags(highlight.tags.join(', '));
    setEditing(true);
  };
  // The editor closes only once the change is saved: a refused note or tag list stays as typed.
  const save = () =>
    void actions.update(highlight, { note, tags: parseTags(tags) }).then((saved) => saved && stopEditing());

  return (
    <article className={`highlight ${highlight.anchorState ?? ''}`} data-highlight-id={highlight.id}>
      <span className="bar" style={{ background: swatchOf(highlight.colour) }} aria-hidden="true" />
      {/* The colour in words: the reader's name for it where they gave one, else for screen readers only. */}
      {label ? <p className="colour-name">{label}</p> : <span className="visually-hidden">{highlight.colour}</span>}
      {highlight.anchorState === 'orphaned' && (
        <p className="state orphaned">
          Not found on its page when last checked
          {actions.retry && (
            <>
              {' '}
              <button type="button" className="link" onClick={actions.retry}>
                Retry
              </button>
            </>
          )}
        </p>
      )}
      {highlight.anchorState === 'approximate' && (
        <p className="state">The text changed a little since you highlighted it</p>
      )}
      <blockquote className="quote">{highlight.quote.exact}</blockquote>
      {highlight.speaker && (
        <p className="speaker">
          — {highlight.speaker.name}
          {highlight.speaker.roles[0] ? `, ${highlight.speaker.roles[0]}` : ''}
        </p>
      )}
      {showArticle && article && (
        <p className="source">
          {article.title || article.url} <span className="meta">· {article.site}</span>
        </p>
      )}
      {editing ? (
        <form
          className="edit"
          aria-label="Edit highlight"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
          onKeyDown={(event) => event.key === 'Escape' && stopEditing()}
        >
          <ColourChoice
            value={highlight.colour}
            labels={labels}
            onChange={(colour) => void actions.update(highlight, { colour })}
          />
          <NoteTagsFields note={note} tags={tags} onNote={setNote} onTags={setTags} autoFocus />
          <div className="actions">
            <button type="submit" className="primary">
              Save
            </button>
            <button type="button" onClick={stopEditing}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {highlight.note && <p className="note">{highlight.note}</p>}
          {highlight.alsoEdited && (
            <OtherEdits highlight={highlight} others={highlight.alsoEdited} update={actions.update} />
          )}
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
        </>
      )}
      <div className="meta">
        <time dateTime={new Date(highlight.createdAt).toISOString()}>{when(highlight.createdAt)}</time>
        <span className="actions">
          <button
            type="button"
            className="link"
            aria-label={named('Open')}
            onClick={() => actions.open(highlight, article)}
          >
            Open
          </button>
          {!editing && (
            <button type="button" className="link" aria-label={named('Edit')} ref={editButton} onClick={startEditing}>
              Edit
            </button>
          )}
          <button
            type="button"
            className="link"
            aria-label={named('Cite')}
            onClick={() => actions.cite(highlight, article)}
          >
            Cite
          </button>
          <button
            type="button"
            className="link danger"
            aria-label={named('Delete')}
            onClick={() => actions.remove(highlight)}
          >
            Delete
          </button>
        </span>
      </div>
    </article>
  );
});
