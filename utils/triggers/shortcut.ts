import { HIGHLIGHT_COMMAND } from './ids';
import { browser } from 'wxt/browser';

/** The shortcut the reader actually has for highlighting (they may have changed it), for the popup and options pages. */
export async function highlightShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === HIGHLIGHT_COMMAND)?.shortcut || null;
}
