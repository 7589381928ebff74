import { useState } from 'react';
import { browser } from 'wxt/browser';

/** Tall enough for the note, the tags and Save without a scrollbar. */
export const NOTE_FRAME_HEIGHT = 184;

/**
 * The highlight's note and tags, edited in a frame of the extension's own origin: keys typed
 * there are never dispatched in the page, so its listeners cannot log them. Only the first load
 * is ours; any later one means the page navigated the frame to a look-alike, so it is taken away.
 */
export function NoteFrame({ id }: { id: string }) {
  const [loads, setLoads] = useState(0);
  if (loads > 1)
    return (
      <p className="card-hint">
        The page tried to replace the note field, so it was closed. Edit the note in the Interview Lens popup.
      </p>
    );
  return (
    <iframe
      className="note-frame"
      title="Note and tags"
      src={`${browser.runtime.getURL('/note-editor.html')}#${encodeURIComponent(id)}`}
      style={{ height: NOTE_FRAME_HEIGHT }}
      onLoad={() => setLoads((count) => count + 1)}
    />
  );
}
