import type { InterviewReport } from '../interview/report';
import type { CapsHit } from '../interview/limits';
import { tabsShowing } from '../url/tabs-showing';
import { normalizePageUrl } from '../url/normalize';
import { browser } from 'wxt/browser';

/**
 * The page the popup is about: the active tab, or an explicit `?page=` address (used when the
 * popup is opened as a tab, e.g. from the library or by tests).
 * Returns the normalised address, or null when that tab is not a web page.
 */
export async function currentPageAddress(search: string): Promise<string | null> {
  const explicit = new URLSearchParams(search).get('page');
  const url = explicit ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;
  return url ? (normalizePageUrl(url)?.visited ?? null) : null;
}

/** Asks the lens in every tab showing this page to look for its highlights again. */
export async function retryAnchoring(address: string): Promise<number> {
  const tabs = await tabsShowing([address]);
  await Promise.all(
    tabs.map((tabId) => browser.tabs.sendMessage(tabId, { type: 'lens:refresh' }).catch(() => undefined)),
  );
  return tabs.length;
}

/** A content script's reply as a summary: its `capped` field only when well formed. */
function asSummary(reply: unknown, capsIn: (reply: object) => CapsHit | undefined): Partial<InterviewReport> | null {
  if (!reply || typeof reply !== 'object') return null;
  const { capped: _unchecked, ...rest } = reply as Partial<InterviewReport>;
  const capped = capsIn(reply);
  return capped ? { ...rest, capped } : rest;
}

/** What the page's content scripts make of it: the lens's full analysis, else the detector's signals read as the background reads them. */
export async function pageSummary(address: string): Promise<Partial<InterviewReport> | null> {
  const [tabId] = await tabsShowing([address]);
  if (tabId === undefined) return null;
  // The replies' checks are built with zod, which the popup's first screen does not wait for.
  const { capsIn, detectionOf } = await import('../messages/summary');
  const ask = (type: 'lens:summary' | 'page:signals') =>
    browser.tabs.sendMessage(tabId, { type }).catch(() => null) as Promise<unknown>;
  return asSummary(await ask('lens:summary'), capsIn) ?? detectionOf(await ask('page:signals'));
}
