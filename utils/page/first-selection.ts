/** True when the document holds a selection with visible text in it. */
export const hasTextSelection = (doc: Document): boolean => {
  const selection = doc.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim().length > 0;
};

/**
 * Calls `onSelect` each time the reader finishes a text selection (mouse or keyboard), until
 * `signal` aborts. Costs two passive listeners.
 */
export function watchSelections(doc: Document, signal: AbortSignal, onSelect: () => void): void {
  const check = () => {
    if (hasTextSelection(doc)) onSelect();
  };
  const options = { capture: true, passive: true, signal };
  doc.addEventListener('mouseup', check, options);
  doc.addEventListener('keyup', check, options);
}
