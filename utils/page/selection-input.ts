import type { SelectionInput } from './first-selection';

/**
 * Content scripts of one extension share a global scope per frame. The detector, there from the
 * start, keeps how the reader made the latest selection, for a lens that loads after it: a
 * selection made with the keyboard before the lens came must still let Tab reach its toolbar.
 */
const KEY = Symbol.for('interview-lens.selection-input');
type Kept = typeof globalThis & { [KEY]?: SelectionInput };

export function rememberSelectionInput(how: SelectionInput): void {
  if (how !== 'same') (globalThis as Kept)[KEY] = how;
}

/** How the latest selection was made; `mouse` when the detector saw none. */
export const lastSelectionInput = (): SelectionInput => (globalThis as Kept)[KEY] ?? 'mouse';
