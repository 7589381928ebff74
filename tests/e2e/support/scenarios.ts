import { expect } from '@playwright/test';
import type { Harness } from './harness';
import {
  highlightSelectionWithToolbar,
  inPage,
  pageDatabases,
  paintedTexts,
  selectPhrase,
  toolbarVisibleFor,
  waitForPainted,
  waitUntil,
} from './page-actions';
import { screenshotPath } from './paths';

export const ARTICLE = 'why-pytorch-won.html';
export const QUOTE = 'Throughout all these revolutions that came, you always see PyTorch there,';

/** Page-side: the popup as the reader sees it. */
const popupState = () => ({
  items: [...document.querySelectorAll('li.highlight')].map((li) => li.textContent ?? ''),
  total: document.querySelector('[data-testid="total-count"]')?.textContent ?? '',
  empty: document.querySelector('.empty-title')?.textContent ?? '',
});

const popupFor = (harness: Harness, articleUrl: string) =>
  harness.openExtensionPage(`popup.html?page=${encodeURIComponent(articleUrl)}`);

/** Select → Highlight → reload → popup lists it → delete → gone from the page, also after reload. */
export async function highlightRoundTrip(harness: Harness): Promise<void> {
  const articleUrl = `${harness.origin}/${ARTICLE}?utm_source=e2e`;
  const page = await harness.newTab();
  await page.goto(articleUrl);

  await selectPhrase(page, QUOTE);
  await highlightSelectionWithToolbar(page);
  await waitForPainted(page, QUOTE);
  await page.screenshot({ path: screenshotPath(`${harness.browser}-highlighted.png`) });

  await page.reload();
  await waitForPainted(page, QUOTE);
  expect(await pageDatabases(page)).toEqual([]);

  const popup = await popupFor(harness, articleUrl);
  const listed = await waitUntil(popup, popupState, undefined, (state) => state.items.length === 1, 'the popup to list the highlight');
  expect(listed.items[0]).toContain(QUOTE);
  expect(listed.total).toBe('1 highlight in all');
  await popup.screenshot({ path: screenshotPath(`${harness.browser}-popup.png`) });

  await inPage(popup, () => (document.querySelector('li.highlight button') as HTMLButtonElement).click(), undefined);
  const emptied = await waitUntil(popup, popupState, undefined, (state) => state.items.length === 0, 'the highlight to leave the popup');
  expect(emptied.empty).toBe('No highlights on this page yet');
  // The open article drops the painting at once, without a reload.
  await waitUntil(page, () => CSS.highlights.size, undefined, (size) => size === 0, 'the painting to go');

  await page.reload();
  await new Promise((resolve) => setTimeout(resolve, 500)); // time for a (wrongly) remaining highlight to be painted
  expect(await paintedTexts(page)).toEqual([]);
  expect(await pageDatabases(page)).toEqual([]);
}

/** Text in a comment editor gets no toolbar and is never saved, while article text still works. */
export async function editableTextIsRefused(harness: Harness): Promise<void> {
  const articleUrl = `${harness.origin}/${ARTICLE}?case=editable`;
  const page = await harness.newTab();
  await page.goto(articleUrl);

  await selectPhrase(page, 'the vLLM point is spot on');
  expect(await toolbarVisibleFor(page, 800)).toBe(false);

  await selectPhrase(page, 'My goal is to have them succeed.');
  expect(await toolbarVisibleFor(page, 5000)).toBe(true);

  const popup = await popupFor(harness, articleUrl);
  const state = await waitUntil(popup, popupState, undefined, (s) => s.empty !== '', 'the popup to load');
  expect(state.items).toEqual([]);
}
