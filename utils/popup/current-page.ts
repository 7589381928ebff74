import { HIGHLIGHT_COMMAND } from '../background/trigger-ids';
import { normalizePageUrl } from '../url/normalize';

/**
 * The page the popup is about: the active tab, or an explicit `?page=` address (used when the
 * popup is opened as a tab, e.g. from the library or by tests).
 * Returns the normalised address, or null when that tab is not a web page.
 */
export async function currentPageAddress(search: string): Promise<string | null> {
  const explicit = new URLSearchParams(search).get('page');
  const url = explicit ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;
  return url ? (normalizePageUrl(url)?.visited ?? null) : null;
}

/** The shortcut the reader actually has for highlighting (they may have changed it). */
export async function highlightShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll();
  return commands.find((command) => command.name === HIGHLIGHT_COMMAND)?.shortcut || null;
}

/** Asks the lens in every tab showing this page to look for its highlights again. */
export async function retryAnchoring(address: string): Promise<number> {
  const tabs = await browser.tabs.query({});
  const showing = tabs.filter((tab) => tab.id !== undefined && tab.url && normalizePageUrl(tab.url)?.visited === address);
  await Promise.all(showing.map((tab) => browser.tabs.sendMessage(tab.id!, { type: 'lens:refresh' }).catch(() => undefined)));
  return showing.length;
}
