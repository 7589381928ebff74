import { browser } from 'wxt/browser';
/**
 * How long a content script keeps working: until the extension is reloaded or removed, when the
 * browser cuts it off from the extension (`runtime.id` goes away). Not WXT's context: its
 * invalidation and address events travel through the page's own event channels, where the page can
 * forge them, and one forged event would switch the lens off.
 */
export function extensionLifetime(isConnected: () => boolean, checkEveryMs = 5000): AbortSignal {
  const controller = new AbortController();
  const timer = setInterval(() => {
    if (isConnected()) return;
    clearInterval(timer);
    controller.abort();
  }, checkEveryMs);
  return controller.signal;
}

export const runtimeConnected = (): boolean => {
  try {
    return browser.runtime?.id !== undefined;
  } catch {
    return false; // Firefox throws on a dead extension context
  }
};
