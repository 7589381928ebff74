import { expect } from '@playwright/test';
import type { Harness, Tab } from './harness';
import { highlightPhrase, inPage, waitForPainted, waitUntil } from './page-actions';
import { screenshotPath } from './paths';

const ARTICLE = 'interviews/tns-why-pytorch-won.html?case=verdict';
const QUOTE = 'My goal is for them to succeed.';

/** Page-side: how many names are underlined. */
const underlines = () => CSS.highlights.get('interview-lens-mention')?.size ?? 0;

/** Page-side: clicks the popup button with exactly this text. */
const press = (text: string) => [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === text)!.click();

/** Opens the popup on the article, presses `button` in its "This page" view, and waits for the popup to confirm. */
async function tellThePopup(harness: Harness, url: string, button: string): Promise<void> {
  const popup = await harness.openExtensionPage(`popup.html?page=${encodeURIComponent(url)}`);
  await waitUntil(popup, (text: string) => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === text), button, (shown) => shown, `“${button}” in the popup`);
  await inPage(popup, press, button);
  await waitUntil(popup, () => document.querySelector('.verdict [role="status"]')?.textContent ?? '', undefined, (said) => said.includes('Reload'), 'the popup to confirm');
  await popup.screenshot({ path: screenshotPath(`${harness.browser}-popup-verdict.png`) });
  await popup.close();
}

/** Reloads the article and returns its underline count once the lens has painted the saved highlight. */
async function afterReload(page: Tab): Promise<number> {
  await page.reload();
  await page.bringToFront();
  await waitForPainted(page, QUOTE);
  await new Promise((resolve) => setTimeout(resolve, 300)); // names near the viewport are drawn a frame after
  return inPage(page, underlines, undefined);
}

/**
 * The reader says the lens is wrong about a page ("Not an interview" in the popup): from the next
 * load it underlines nothing there and says why; "Let Interview Lens decide" brings the names back.
 */
export async function readerOverrulesTheDetector(harness: Harness): Promise<void> {
  const url = `${harness.origin}/${ARTICLE}`;
  const page = await harness.newTab();
  await page.goto(url);
  await page.bringToFront();
  await waitUntil(page, underlines, undefined, (count) => count > 0, 'names underlined');
  await highlightPhrase(page, QUOTE);

  await tellThePopup(harness, url, 'Not an interview');
  expect(await afterReload(page)).toBe(0);
  const popup = await harness.openExtensionPage(`popup.html?page=${encodeURIComponent(url)}`);
  const said = await waitUntil(popup, () => document.querySelector('.summary')?.textContent ?? '', undefined, (text) => text.includes('you marked it'), 'the popup to say why');
  expect(said).toContain('Not an interview: you marked it so.');
  await popup.close();

  await tellThePopup(harness, url, 'Let Interview Lens decide');
  await page.reload();
  await page.bringToFront();
  await waitUntil(page, underlines, undefined, (count) => count > 0, 'names underlined again');
}
