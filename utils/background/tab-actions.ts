import type { ArticleRecord } from '../db/records';
import type { LensCommand } from '../messages/protocol';
import { tabsShowing } from '../url/tabs-showing';
import { browser } from 'wxt/browser';

/** Sends a command to the lens in one tab; a tab without a lens simply does not answer. */
export async function tellTab(tabId: number, command: LensCommand): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, command);
  } catch {
    // No lens in that tab (or a page the extension cannot reach): nothing to update.
  }
}

/**
 * Brings every tab showing the article up to date: loads the lens where it is missing (the
 * article may have had no highlights when that tab opened) and asks it to repaint.
 */
export async function refreshTabsShowing(
  article: ArticleRecord,
  injectLens: (tabId: number) => Promise<void>,
): Promise<void> {
  await Promise.all(
    (await tabsShowing(article.urls)).map(async (tabId) => {
      try {
        await injectLens(tabId);
      } catch {
        return; // the tab navigated away or cannot be scripted
      }
      await tellTab(tabId, { type: 'lens:refresh' });
    }),
  );
}

/** Asks the lens in every tab to read its highlights again; tabs without a lens do not answer. */
export async function refreshAllTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.filter((tab) => tab.id !== undefined).map((tab) => tellTab(tab.id!, { type: 'lens:refresh' })),
  );
}
