import { HIGHLIGHT_CSS } from '../paint/colours';
import { browser } from 'wxt/browser';

const LENS_FILE = '/content-scripts/lens.js';
/** The lens's interface (React, the cards): a second file, so the page compiles the two in separate tasks. */
const LENS_UI_FILE = '/content-scripts/lens-ui.js';

/**
 * Loads the lens into a tab once: the always-on detector stays tiny, and the heavier lens (analysis,
 * anchoring, painting, then its React interface) only reaches pages that need it. Concurrent calls for a tab share one load.
 */
export function createLensInjector() {
  const inFlight = new Map<number, Promise<void>>();

  async function isLoaded(tabId: number): Promise<boolean> {
    try {
      const reply = (await browser.tabs.sendMessage(tabId, { type: 'lens:ping' })) as { alive?: boolean } | undefined;
      return reply?.alive === true;
    } catch {
      return false;
    }
  }

  async function load(tabId: number): Promise<void> {
    if (await isLoaded(tabId)) return;
    // The highlight colours go in as an injected stylesheet, so no element is added to the page.
    await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
    await browser.scripting.executeScript({ target: { tabId }, files: [LENS_FILE] });
    await browser.scripting.executeScript({ target: { tabId }, files: [LENS_UI_FILE] });
  }

  return (tabId: number): Promise<void> => {
    const pending = inFlight.get(tabId) ?? load(tabId).finally(() => inFlight.delete(tabId));
    inFlight.set(tabId, pending);
    return pending;
  };
}
