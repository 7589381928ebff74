import type { ArticleRecord, HighlightRecord } from '../db/records';
import { tabsShowing } from '../url/tabs-showing';
import { browser } from 'wxt/browser';

/**
 * Takes the reader to a highlight: a tab already showing the article is brought forward and its
 * lens scrolls to the highlight; otherwise the article opens in a new tab at a text-fragment link,
 * which the browser scrolls to by itself.
 */
export async function openHighlight(article: ArticleRecord, highlight: HighlightRecord): Promise<void> {
  for (const tabId of await tabsShowing(article.urls.length ? article.urls : [article.url])) {
    const reply = await browser.tabs.sendMessage(tabId, { type: 'lens:reveal', id: highlight.id }).catch(() => null);
    if (!(reply as { revealed?: boolean } | null)?.revealed) continue;
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url: highlight.fragment ? `${article.url}#${highlight.fragment}` : article.url });
}
