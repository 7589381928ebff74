import { hasTextSelection, type SelectionInput } from '../page/first-selection';
import type { Colour } from '../paint/colours';
import type { Outcome } from './highlighter';
import { selectedName } from './selection';
import { HIDDEN, placeCard, placeNear, type LensUiState } from './ui-state';
import { createStore } from './ui-store';

const MESSAGE_MS = 3500;
/** A message offering Undo stays longer: the reader must have time to change their mind. */
const UNDO_MS = 8000;

export interface MessageAction {
  label: string;
  run: () => void;
}

/**
 * Decides what the in-page UI shows: the toolbar next to a fresh selection, a card for a clicked
 * highlight, and a short message after each action, where the reader is looking.
 */
export function createUiController(
  win: Window,
  highlightSelection: (colour: Colour) => Promise<Outcome>,
  onPlaced: () => void = () => {},
) {
  const doc = win.document;
  const store = createStore<LensUiState>(HIDDEN);
  let messageTimer: ReturnType<typeof setTimeout> | undefined;
  let messageAction: MessageAction | null = null;
  const patch = (changes: Partial<LensUiState>) => store.set({ ...store.get(), ...changes });

  const selectionRect = () => {
    const selection = doc.getSelection();
    return selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
  };

  /** At the selection, else at the top centre of the window. */
  const messageSpot = () => {
    const rect = selectionRect();
    return rect && rect.width > 0 ? placeNear(rect, win.innerWidth) : { x: win.innerWidth / 2, y: 16 };
  };

  const say = (text: string, tone: 'info' | 'error', at = messageSpot(), action: MessageAction | null = null) => {
    messageAction = action;
    patch({ toolbar: null, message: { text, tone, ...at, ...(action ? { action: action.label } : {}) } });
    clearTimeout(messageTimer);
    messageTimer = setTimeout(
      () => {
        messageAction = null;
        patch({ message: null });
      },
      action ? UNDO_MS : MESSAGE_MS,
    );
  };

  function openCard(id: string, x: number, y: number) {
    const at = placeCard(x, y, { width: win.innerWidth, height: win.innerHeight });
    patch({ toolbar: null, card: { id, ...at, opened: (store.get().card?.opened ?? 0) + 1 } });
    onPlaced();
  }

  return {
    store,
    say,
    /** Runs the action the shown message offers (once), and hides the message. */
    runMessageAction() {
      const action = messageAction;
      messageAction = null;
      patch({ message: null });
      action?.run();
    },
    /**
     * Shows the toolbar at the current selection, or hides it if there is none to highlight. Made
     * with the keyboard, it offers Tab into it; a modifier's release keeps how it was made.
     */
    update(how: SelectionInput = 'mouse') {
      const rect = hasTextSelection(doc) ? selectionRect() : null;
      // A new selection makes the last message stale; the toolbar takes its place.
      if (rect) {
        const before = store.get().toolbar;
        const toolbar = {
          ...placeNear(rect, win.innerWidth),
          name: selectedName(doc.getSelection()?.toString() ?? ''),
          byKeys: how === 'keys' || (how === 'same' && before?.byKeys === true),
          focus: before?.focus ?? 0,
        };
        patch({ toolbar, message: null, mention: null });
        // Only a toolbar that appears or moves restarts the settling time: the mouseup of the very
        // click on it also lands here, and must not make that click look too soon.
        if (before?.x !== toolbar.x || before?.y !== toolbar.y) onPlaced();
      } else patch({ toolbar: null });
    },
    /** Tab after a keyboard selection: the focus goes into the toolbar; false when there is none (a mouse reader's Tab stays the page's). */
    focusToolbar() {
      const toolbar = store.get().toolbar;
      if (toolbar?.byKeys) patch({ toolbar: { ...toolbar, focus: toolbar.focus + 1 } });
      return toolbar?.byKeys === true;
    },
    /** Escape: the toolbar goes, the selection stays (the next selection brings it back). */
    closeToolbar: () => store.get().toolbar && patch({ toolbar: null }),
    hideIfUnselected() {
      if (store.get().toolbar && !hasTextSelection(doc)) patch({ toolbar: null });
    },
    isShown: () => store.get().toolbar !== null || store.get().card !== null,
    /** Highlights the selection; from the keyboard, its card opens with the focus in it, for a note. */
    async highlight(colour: Colour, andCard = false) {
      const at = messageSpot(); // before saving clears the selection
      const outcome = await highlightSelection(colour);
      say(outcome.message, outcome.ok ? 'info' : 'error', at);
      if (andCard && outcome.ok && outcome.id) openCard(outcome.id, at.x, at.y);
    },
    openCard,
    closeCard: () => patch({ card: null }),
    openCardId: () => store.get().card?.id ?? null,
    openMention: (id: string, byFocus = false) =>
      store.get().mention?.id !== id && patch({ mention: { id, byFocus, focus: 0 } }),
    /**
     * Tab at a name whose tooltip the focus or caret opened: the focus goes into it, if it has
     * something to reach (`reachable`); false otherwise, and Tab stays the page's.
     */
    focusMention(reachable: (id: string) => boolean) {
      const mention = store.get().mention;
      const entering = mention?.byFocus === true && reachable(mention.id);
      if (entering) patch({ mention: { ...mention, focus: mention.focus + 1 } });
      return entering;
    },
    closeMention: () => store.get().mention && patch({ mention: null }),
    /** Scrolling moves names away from a hover tooltip; one shown for a focused link stays with it. */
    closeHoverMention: () => store.get().mention?.byFocus === false && patch({ mention: null }),
    mentionShown: () => store.get().mention?.id ?? null,
  };
}

export type UiController = ReturnType<typeof createUiController>;
