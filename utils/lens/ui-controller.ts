import { hasTextSelection } from '../page/first-selection';
import type { Colour } from '../paint/colours';
import type { Outcome } from './highlighter';
import { HIDDEN, placeNear, type ToolbarState } from './toolbar-state';
import { createStore } from './ui-store';

const MESSAGE_MS = 3500;

/**
 * Decides what the in-page UI shows: the toolbar next to a fresh selection, and a short message
 * after each attempt to highlight, where the reader is looking.
 */
export function createToolbarController(win: Window, highlightSelection: (colour: Colour) => Promise<Outcome>) {
  const doc = win.document;
  const store = createStore<ToolbarState>(HIDDEN);
  let messageTimer: ReturnType<typeof setTimeout> | undefined;

  const selectionRect = () => {
    const selection = doc.getSelection();
    return selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
  };

  /** At the selection, else at the top centre of the window. */
  const messageSpot = () => {
    const rect = selectionRect();
    return rect && rect.width > 0 ? placeNear(rect, win.innerWidth) : { x: win.innerWidth / 2, y: 16 };
  };

  const say = (text: string, tone: 'info' | 'error', at = messageSpot()) => {
    store.set({ toolbar: null, message: { text, tone, ...at } });
    clearTimeout(messageTimer);
    messageTimer = setTimeout(() => store.set({ ...store.get(), message: null }), MESSAGE_MS);
  };

  return {
    store,
    /** Shows the toolbar at the current selection, or hides it if there is none to highlight. */
    update() {
      const rect = hasTextSelection(doc) ? selectionRect() : null;
      store.set({ ...store.get(), toolbar: rect ? placeNear(rect, win.innerWidth) : null });
    },
    hideIfUnselected() {
      if (store.get().toolbar && !hasTextSelection(doc)) store.set({ ...store.get(), toolbar: null });
    },
    isShown: () => store.get().toolbar !== null,
    async highlight(colour: Colour) {
      const at = messageSpot(); // before saving clears the selection
      const outcome = await highlightSelection(colour);
      say(outcome.message, outcome.ok ? 'info' : 'error', at);
    },
  };
}
