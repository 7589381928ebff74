/** What the in-page UI shows: the selection toolbar (at a viewport point) and a short message. */
export interface ToolbarState {
  toolbar: { x: number; y: number } | null;
  message: { text: string; tone: 'info' | 'error'; x: number; y: number } | null;
}

export const HIDDEN: ToolbarState = { toolbar: null, message: null };

const TOOLBAR_HEIGHT = 40;
const MARGIN = 8;

/** Viewport point for the toolbar: above the selection, or below it near the top edge. */
export function placeNear(rect: { top: number; bottom: number; left: number; width: number }, viewportWidth: number) {
  const x = Math.min(Math.max(rect.left + rect.width / 2, 120), Math.max(120, viewportWidth - 120));
  const above = rect.top - TOOLBAR_HEIGHT - MARGIN;
  return { x, y: above >= MARGIN ? above : rect.bottom + MARGIN };
}
