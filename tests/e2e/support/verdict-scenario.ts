import { expect } from '@playwright/test';
import type { Harness } from './harness';
import { highlightPhrase, inPage, waitForPainted, waitUntil } from './page-actions';
import { screenshotPath } from './paths';
import { boxesOf, expectNoPixels, underlined, underlinedOccurrence, waitForPixels } from './pixels';

const ARTICLE = 'interviews/tns-why-pytorch-won.html?case=verdict';
const QUOTE = 'My goal is for them to succeed.';

/** Page-side: how many names are underlined. */
const underlines = () => CSS.highlights.get('interview-lens-mention')?.size ?? 0;

/** Page-side: clicks the popup button with exactly this text. */
const press = (text: string) =>
  [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === text)!.click();

/** Opens the popup on the article, presses `button` in its "This page" view, and waits for the popup to confirm. */
async function tellThePopup(harness: Harness, url: string, button: string): Promise<void> {
  const popup = await harness.openExtensionPage(`popup.html?page=${encodeURIComponent(url)}`);
  await waitUntil(
    popup,
    (text: string) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === text),
    button,
    (shown) => shown,
    `“${button}” in the popup`,
  );
  await inPage(popup, press, button);
  await waitUntil(
    popup,
    () => document.querySelector('.verdict [role="status"]')?.textContent ?? '',
    undefined,
    (said) => said.includes('Reload'),
    'the popup to confirm',
  );
  await popup.screenshot({ path: screenshotPath(`${harness.browser}-popup-verdict.png`) });
  await popup.close();
}

/**
 * The reader says the lens is wrong about a page ("Not an interview" in the popup): from the next
 * load it underlines nothing there and says why; "Let Interview Lens decide" brings the names back.
 * The underline is checked on screen too, under the same mention of Antiga each time.
 */
export async function readerOverrulesTheDetector(harness: Harness): Promise<void> {
  const url = `${harness.origin}/${ARTICLE}`;
  const page = await harness.newTab();
  await page.goto(url);
  await page.bringToFront();
  const antiga = await waitUntil(page, underlinedOccurrence, 'Antiga', (found) => found >= 0, 'Antiga underlined');
  const underlinedOnScreen = async () => underlined('Antiga', await boxesOf(page, 'Antiga', antiga));
  await waitForPixels(page, await underlinedOnScreen());
  await highlightPhrase(page, QUOTE);

  await tellThePopup(harness, url, 'Not an interview');
  await page.reload();
  await page.bringToFront();
  await waitForPainted(page, QUOTE);
  // The popup's reason comes from the lens's own reading of the reloaded page: once it says so,
  // the lens has decided, and no name will be underlined later.
  const popup = await harness.openExtensionPage(`popup.html?page=${encodeURIComponent(url)}`);
  const said = await waitUntil(
    popup,
    () => document.querySelector('.summary')?.textContent ?? '',
    undefined,
    (text) => text.includes('you marked it'),
    'the popup to say why',
  );
  expect(said).toContain('Not an interview: you marked it so.');
  await popup.close();
  expect(await inPage(page, underlines, undefined)).toBe(0);
  await expectNoPixels(page, await underlinedOnScreen());

  await tellThePopup(harness, url, 'Let Interview Lens decide');
  await page.reload();
  await page.bringToFront();
  await waitUntil(page, underlines, undefined, (count) => count > 0, 'names underlined again');
  await waitForPixels(page, await underlinedOnScreen());
}
