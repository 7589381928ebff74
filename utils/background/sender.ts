/** The parts of `runtime.MessageSender` the background trusts. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export type SenderKind =
  | { kind: 'content'; tabId: number; pageUrl: string }
  /** `tabId`: the tab it is framed in (the card's note frame), when it is. */
  | { kind: 'extension-page'; tabId?: number }
  | { kind: 'rejected'; why: string };

/**
 * The page's address: the one our content script stated when it is on the tab's origin, else the
 * tab's. The browser updates a tab's address a moment after the page changes it in place
 * (pushState), and a content script can only state its document's real address; a page can move
 * that anywhere on its own origin anyway, so nothing is gained by stating an address there.
 */
export function statedAddress(tabUrl: string, stated: string | undefined): string {
  if (!stated || !URL.canParse(stated) || !URL.canParse(tabUrl)) return tabUrl;
  return new URL(stated).origin === new URL(tabUrl).origin ? stated : tabUrl;
}

/**
 * Who sent a message. Only this extension's own scripts count; a content script counts only in a
 * tab's top frame, and its page address is the tab's, as the browser reports it (the router may
 * move it within the tab's origin: see statedAddress).
 */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId) return { kind: 'rejected', why: 'message from another extension' };
  if (sender.url?.startsWith(extensionOrigin))
    return sender.tab?.id === undefined ? { kind: 'extension-page' } : { kind: 'extension-page', tabId: sender.tab.id };
  const tabId = sender.tab?.id;
  const pageUrl = sender.tab?.url;
  if (tabId === undefined || !pageUrl) return { kind: 'rejected', why: 'sender has no tab' };
  if (sender.frameId !== undefined && sender.frameId !== 0)
    return { kind: 'rejected', why: 'sender is not the top frame' };
  return { kind: 'content', tabId, pageUrl };
}
