import { registerHighlightTriggers } from '@/utils/background/highlight-triggers';
import { createLensInjector } from '@/utils/background/inject-lens';
import { routeMessage, type RouterContext } from '@/utils/background/router';
import { refreshAllTabs, refreshTabsShowing, tellTab } from '@/utils/background/tab-actions';
import catalog from '@/utils/catalog/catalog.json';
import { LensDatabase } from '@/utils/db/database';
import { createSync } from '@/utils/sync/controller';
import { watchHighlights } from '@/utils/sync/outbox';
import PouchDB from 'pouchdb-browser';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

const bundledNames = new Set(
  catalog.flatMap((entry) => [entry.name, ...entry.aliases].map((name) => name.toLowerCase())),
);

const SYNC_ALARM = 'sync';

export default defineBackground(() => {
  const db = new LensDatabase();
  const injectLens = createLensInjector();
  const sync = createSync({
    db,
    Replica: PouchDB,
    now: Date.now,
    filed: () => void refreshAllTabs(),
    // A sleeping background syncs nothing: while sync is on, an alarm wakes it each minute.
    keepAwake: (on) =>
      void (on ? browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 }) : browser.alarms.clear(SYNC_ALARM)),
  });
  watchHighlights(db, sync.changed);
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
      sync,
    },
  };

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void routeMessage(message, sender, context).then(sendResponse);
    return true; // the reply is sent asynchronously
  });
  registerHighlightTriggers(injectLens, tellTab);
  // Waking (by the alarm or anything else) is enough: sync picks up on start.
  browser.alarms.onAlarm.addListener(() => void sync.resume());
  void sync.resume();
});
