import { createHandlers } from '@/utils/background/handlers';
import { registerHighlightTriggers } from '@/utils/background/highlight-triggers';
import { createLensInjector } from '@/utils/background/inject-lens';
import { routeMessage } from '@/utils/background/router';
import { refreshTabsShowing, tellTab } from '@/utils/background/tab-actions';
import { LensDatabase } from '@/utils/db/database';

export default defineBackground(() => {
  const db = new LensDatabase();
  const injectLens = createLensInjector();
  const context = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    handlers: createHandlers({ db, now: Date.now, injectLens, notifyChanged: (article) => void refreshTabsShowing(article, injectLens) }),
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void routeMessage(message, sender, context).then(sendResponse);
    return true; // the reply is sent asynchronously
  });
  registerHighlightTriggers(injectLens, tellTab);
});
