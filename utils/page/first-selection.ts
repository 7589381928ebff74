import { isInEditable } from '../text/elements';

/** True when the document holds a selection of visible page text (not in a field or an editor). */
export const hasTextSelection = (doc: Document): boolean => {
  const selection = doc.getSelection();
  return (
    !!selection &&
    !selection.isCollapsed &&
    !isInEditable(selection.anchorNode) &&
    !isInEditable(selection.focusNode) &&
    selection.toString().trim().length > 0
  );
};

/**
 * Calls `onSelect` each time the reader finishes a text selection (mouse or keyboard), until
 * `signal` aborts. Costs two passive listeners. Only the reader's own input counts: a page that
 * selects text by script and dispatches a `mouseup` must not bring up the lens's toolbar.
 */
export function watchSelections(doc: Document, signal: AbortSignal, onSelect: () => void): void {
  const check = (event: Event) => {
    // Escape puts the toolbar away: its release must not bring it back for the same selection.
    if (event.isTrusted && (event as KeyboardEvent).key !== 'Escape' && hasTextSelection(doc)) onSelect();
  };
  const options = { capture: true, passive: true, signal };
  doc.addEventListener('mouseup', check, options);
  doc.addEventListener('keyup', check, options);
}
