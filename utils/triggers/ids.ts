/** Names shared by the manifest (wxt.config.ts), the background and the pages that show them. */
export const HIGHLIGHT_COMMAND = 'highlight-selection';
export const HIGHLIGHT_MENU_ID = 'interview-lens-highlight';
export const DEFAULT_SHORTCUT = 'Alt+Shift+H';
