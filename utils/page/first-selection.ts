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

/** Keys that change no selection by themselves: releasing Shift after Shift+arrows is not a new selection. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

/**
 * How the reader made the selection: with the mouse, with keys that move it, or `same`: nothing
 * new about that (a modifier's release, Shift after Shift+arrows, or a scroll), it stays as made.
 */
export type SelectionInput = 'mouse' | 'keys' | 'same';

/**
 * Calls `onSelect` each time the reader finishes a text selection, with how, until `signal`
 * aborts. Costs two passive listeners. Only the reader's own input counts: a page that selects
 * text by script and dispatches a `mouseup` must not bring up the lens's toolbar.
 */
export function watchSelections(doc: Document, signal: AbortSignal, onSelect: (how: SelectionInput) => void): void {
  const check = (event: Event) => {
    // Escape puts the toolbar away: its release must not bring it back for the same selection
    // (nor Tab's, which takes the focus into the toolbar).
    const key = (event as KeyboardEvent).key;
    if (event.isTrusted && key !== 'Escape' && key !== 'Tab' && hasTextSelection(doc))
      onSelect(event.type !== 'keyup' ? 'mouse' : MODIFIERS.has(key) ? 'same' : 'keys');
  };
  const options = { capture: true, passive: true, signal };
  doc.addEventListener('mouseup', check, options);
  doc.addEventListener('keyup', check, options);
}
