import { registerHighlightTriggers } from '@/utils/background/highlight-triggers';
import { createLensInjector } from '@/utils/background/inject-lens';
import { routeMessage, type RouterContext } from '@/utils/background/router';
import { refreshAllTabs, refreshTabsShowing, tellTab } from '@/utils/background/tab-actions';
import catalog from '@/utils/catalog/catalog.json';
import { LensDatabase } from '@/utils/db/database';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

const bundledNames = new Set(
  catalog.flatMap((entry) => [entry.name, ...entry.aliases].map((name) => name.toLowerCase())),
);

export default defineBackground(() => {
  const db = new LensDatabase();
  const injectLens = createLensInjector();
  const context: RouterContext = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    deps: {
      db,
      now: Date.now,
      injectLens,
      bundledNames,
      notifyChanged: (article) => void refreshTabsShowing(article, injectLens),
      refreshAll: () => void refreshAllTabs(),
      tellTab: (tabId, command) => void tellTab(tabId, command),
    },
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void routeMessage(message, sender, context).then(sendResponse);
    return true; // the reply is sent asynchronously
  });
  registerHighlightTriggers(injectLens, tellTab);
});
