import { normalizePageUrl } from './normalize';
import { browser } from 'wxt/browser';

/** Ids of the open tabs whose page is at one of these normalised addresses. */
export async function tabsShowing(addresses: readonly string[]): Promise<number[]> {
  const tabs = await browser.tabs.query({});
  return tabs
    .filter(
      (tab) =>
        tab.id !== undefined && tab.url !== undefined && addresses.includes(normalizePageUrl(tab.url)?.visited ?? ''),
    )
    .map((tab) => tab.id!);
}
