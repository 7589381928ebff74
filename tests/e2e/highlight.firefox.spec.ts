import { expect, FIREFOX_EXTENSION_ORIGIN, test } from './support/firefox';
import { highlightSelectionWithToolbar, pageDatabases, paintedTexts, selectPhrase, waitForPainted, waitUntil } from './support/page-actions';
import { screenshotPath } from './support/paths';

const QUOTE = 'Throughout all these revolutions that came, you always see PyTorch there,';

/** Page-side: the popup's list, as the reader sees it. */
const popupState = () => ({
  items: [...document.querySelectorAll('li.highlight')].map((li) => li.textContent ?? ''),
  total: document.querySelector('[data-testid="total-count"]')?.textContent ?? '',
  empty: document.querySelector('.empty-title')?.textContent ?? '',
});

test('Firefox: highlight a sentence, see it after reload and in the popup, delete it', async ({ firefox, server }) => {
  const articleUrl = `${server.origin}/why-pytorch-won.html?utm_source=e2e`;
  const page = await firefox.newPage();
  await page.goto(articleUrl);

  await selectPhrase(page, QUOTE);
  await highlightSelectionWithToolbar(page);
  await waitForPainted(page, QUOTE);
  await page.screenshot({ path: screenshotPath('firefox-highlighted.png') });

  await page.reload();
  await waitForPainted(page, QUOTE);
  expect(await pageDatabases(page)).toEqual([]);

  const popup = await firefox.newPage();
  // Navigations to moz-extension:// pages may never report completion over BiDi: poll instead.
  void popup.goto(`${FIREFOX_EXTENSION_ORIGIN}/popup.html?page=${encodeURIComponent(articleUrl)}`).catch(() => {});
  const listed = await waitUntil(popup, popupState, undefined, (state) => state.items.length === 1, 'the popup to list the highlight');
  expect(listed.items[0]).toContain(QUOTE);
  expect(listed.total).toBe('1 highlight in all');
  await popup.screenshot({ path: screenshotPath('firefox-popup.png') });

  await popup.evaluate(() => (document.querySelector('li.highlight button') as HTMLButtonElement).click());
  const emptied = await waitUntil(popup, popupState, undefined, (state) => state.items.length === 0, 'the highlight to leave the popup');
  expect(emptied.empty).toBe('No highlights on this page yet');

  await page.reload();
  await new Promise((resolve) => setTimeout(resolve, 500)); // time for a (wrongly) remaining highlight to be painted
  expect(await paintedTexts(page)).toEqual([]);
  expect(await pageDatabases(page)).toEqual([]);
});
