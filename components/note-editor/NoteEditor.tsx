import { useEffect, useState } from 'react';
import type { HighlightRecord } from '@/utils/db/records';
import { parseTags } from '@/utils/text/tags';
import { sendRequest } from '@/utils/messages/send';
import { NoteTagsFields } from '../NoteTagsFields';

/**
 * A highlight's note and tags, edited inside the card's extension frame. Framed in a web page, the
 * frame's own storage is partitioned under that page's site, so it reads and saves through the
 * background, where the library is.
 */
export function NoteEditor({ id }: { id: string }) {
  const [highlight, setHighlight] = useState<HighlightRecord | null | undefined>(undefined);
  const [draft, setDraft] = useState<{ note: string; tags: string } | null>(null);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  useEffect(() => {
    void sendRequest({ type: 'highlight:get', id }).then((reply) => setHighlight(reply.ok ? reply.found : null));
  }, [id]);
  if (highlight === undefined) return null; // loading: a few milliseconds
  if (highlight === null) return <p className="note-gone">This highlight no longer exists.</p>;

  const saved = { note: highlight.note, tags: highlight.tags.join(', ') };
  const shown = draft ?? saved;
  const dirty = shown.note !== saved.note || shown.tags !== saved.tags;
  const save = async () => {
    if (!dirty) return;
    const reply = await sendRequest({
      type: 'highlight:update',
      id,
      patch: { note: shown.note, tags: parseTags(shown.tags) },
    });
    setStatus(reply.ok ? { text: 'Saved.', tone: 'info' } : { text: reply.error, tone: 'error' });
    if (reply.ok) {
      setHighlight(reply.highlight);
      setDraft(null); // show what was stored (tags tidied)
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys typed in its fields bubble here (Ctrl+Enter saves, Escape closes)
    <div
      className="note-editor"
      onKeyDown={(event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey) && void save()}
      // Through the background, which knows the tab this frame is in (Firefox's tabs.getCurrent does
      // not, here). On key release: closing on the press would remove the frame with the key still
      // down, and its release would land in the page.
      onKeyUp={(event) => event.key === 'Escape' && void sendRequest({ type: 'card:close' })}
    >
      <NoteTagsFields
        note={shown.note}
        tags={shown.tags}
        onNote={(note) => {
          setDraft({ ...shown, note });
          setStatus(null);
        }}
        onTags={(tags) => {
          setDraft({ ...shown, tags });
          setStatus(null);
        }}
      />
      <div className="card-actions">
        {/* Not `disabled`: a disabled button drops the focus of the reader who just saved with it. */}
        <button type="button" className="primary" aria-disabled={!dirty} onClick={() => void save()}>
          Save
        </button>
        {status && (
          <span className={`note-status ${status.tone}`} role="status">
            {status.text}
          </span>
        )}
      </div>
    </div>
  );
}
