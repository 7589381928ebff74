import type { LensCommand } from '../messages/protocol';
import { HIGHLIGHT_COMMAND, HIGHLIGHT_MENU_ID } from '../triggers/ids';
import { browser } from 'wxt/browser';

/** The browser APIs used here (a parameter, so tests can drive the events). */
export type TriggerApis = {
  runtime: Pick<typeof browser.runtime, 'onInstalled'>;
  contextMenus: Pick<typeof browser.contextMenus, 'create' | 'onClicked'>;
  commands: Pick<typeof browser.commands, 'onCommand'>;
  tabs: Pick<typeof browser.tabs, 'query'>;
};

/**
 * The keyboard shortcut and the context-menu item: both load the lens into the tab if needed and
 * ask it to highlight the current selection (the lens answers with a message if it cannot).
 */
export function registerHighlightTriggers(
  injectLens: (tabId: number) => Promise<void>,
  tellTab: (tabId: number, command: LensCommand) => Promise<void>,
  apis: TriggerApis = browser,
): void {
  async function highlightSelectionIn(tabId: number | undefined) {
    if (tabId === undefined || tabId < 0) return;
    try {
      await injectLens(tabId);
    } catch {
      return; // a page extensions may not touch (browser pages, the web store)
    }
    await tellTab(tabId, { type: 'lens:highlight-selection' });
  }

  apis.runtime.onInstalled.addListener(() => {
    apis.contextMenus.create({
      id: HIGHLIGHT_MENU_ID,
      title: 'Highlight with Interview Lens',
      contexts: ['selection'],
    });
  });
  apis.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_MENU_ID) void highlightSelectionIn(tab?.id);
  });
  apis.commands.onCommand.addListener(async (command, tab) => {
    if (command !== HIGHLIGHT_COMMAND) return;
    const target = tab ?? (await apis.tabs.query({ active: true, currentWindow: true }))[0];
    await highlightSelectionIn(target?.id);
  });
}
