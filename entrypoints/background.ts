import { createHandlers } from '@/utils/background/handlers';
import { createLensInjector } from '@/utils/background/inject-lens';
import { routeMessage } from '@/utils/background/router';
import { tellAllTabs, tellTab } from '@/utils/background/tab-actions';
import { LensDatabase } from '@/utils/db/database';

const MENU_ID = 'interview-lens-highlight';
const COMMAND = 'highlight-selection';

export default defineBackground(() => {
  const db = new LensDatabase();
  const injectLens = createLensInjector();
  const context = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    handlers: createHandlers({ db, now: Date.now, injectLens, notifyChanged: () => void tellAllTabs({ type: 'lens:refresh' }) }),
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void routeMessage(message, sender, context).then(sendResponse);
    return true; // the reply is sent asynchronously
  });

  async function highlightSelectionIn(tabId: number | undefined) {
    if (tabId === undefined || tabId < 0) return;
    try {
      await injectLens(tabId);
    } catch {
      return; // a page extensions may not touch (browser pages, the web store)
    }
    await tellTab(tabId, { type: 'lens:highlight-selection' });
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Highlight with Interview Lens', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void highlightSelectionIn(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== COMMAND) return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    void highlightSelectionIn(target?.id);
  });
});
