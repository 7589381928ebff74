import { HIGHLIGHT_CSS } from '../paint/colours';
import { browser } from 'wxt/browser';

const LENS_FILE = '/content-scripts/lens.js' as const;
/** The lens's interface (React, the cards): a second file, so the page compiles the two in separate tasks. */
const LENS_UI_FILE = '/content-scripts/lens-ui.js' as const;

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
    // Two injections, so two tasks in the page. Not one after the other: an injection waits for its
    // script's start-up to finish, and the lens's runs until the page is read, with the interface
    // needed long before. Either may run first (ui-handoff.ts). Done once both are: by then the
    // lens answers commands, which its callers send next.
    await Promise.all(
      [LENS_FILE, LENS_UI_FILE].map((file) => browser.scripting.executeScript({ target: { tabId }, files: [file] })),
    );
  }

  return (tabId: number): Promise<void> => {
    const pending = inFlight.get(tabId) ?? load(tabId).finally(() => inFlight.delete(tabId));
    inFlight.set(tabId, pending);
    return pending;
  };
}
