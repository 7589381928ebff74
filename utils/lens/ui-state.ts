/**
 * What the in-page UI shows, at viewport points: the selection toolbar, a short message, and the
 * card of one painted highlight.
 */
export interface LensUiState {
  /**
   * `name`: the selection, when it can be a person's name (the toolbar offers "Speaker"); `byKeys`:
   * made with the keyboard (the toolbar shows how to reach it); `focus` counts requests to focus it.
   */
  toolbar: { x: number; y: number; name: string | null; byKeys: boolean; focus: number } | null;
  /** `action` labels a button that takes the last step back (Undo after a delete). */
  message: { text: string; tone: 'info' | 'error'; x: number; y: number; action?: string } | null;
  /** `opened` tells one opening from the next, so each opening starts fresh with the focus in it. */
  card: { id: string; x: number; y: number; opened: number } | null;
  /**
   * The tooltip of a speaker or project name under the pointer, or at the focus or caret
   * (`byFocus`: it says how to reach its links); `focus` counts requests to move the focus into it.
   */
  mention: { id: string; byFocus: boolean; focus: number } | null;
}

export const HIDDEN: LensUiState = { toolbar: null, message: null, card: null, mention: null };

const TOOLBAR_HEIGHT = 40;
const MARGIN = 8;
export const CARD_WIDTH = 300;
const CARD_HEIGHT = 340; // quote, colours, the note frame and the buttons

/** Viewport point for the toolbar: above the selection, or below it near the top edge. */
export function placeNear(rect: { top: number; bottom: number; left: number; width: number }, viewportWidth: number) {
  const x = Math.min(Math.max(rect.left + rect.width / 2, 120), Math.max(120, viewportWidth - 120));
  const above = rect.top - TOOLBAR_HEIGHT - MARGIN;
  return { x, y: above >= MARGIN ? above : rect.bottom + MARGIN };
}

/** Top-left corner for a card opened at a click, kept inside the viewport. */
export function placeCard(x: number, y: number, viewport: { width: number; height: number }) {
  const left = Math.min(Math.max(MARGIN, x - CARD_WIDTH / 2), Math.max(MARGIN, viewport.width - CARD_WIDTH - MARGIN));
  const below = y + 16;
  const top = below + CARD_HEIGHT < viewport.height ? below : Math.max(MARGIN, y - CARD_HEIGHT - 16);
  return { x: left, y: top };
}
