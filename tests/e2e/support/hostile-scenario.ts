import { expect } from '@playwright/test';
import { HOSTILE_PAGES } from '../../fixtures/hostile/generated';
import type { Harness } from './harness';
import { hostilePath } from './hostile-pages';
import { inPage, selectPhrase, waitForPainted, waitUntil } from './page-actions';
import { screenshotPath } from './paths';

/** A sentence each page lets the reader highlight (null: its words are cut into thousands of nodes). */
const PHRASES: Record<string, string | null> = {
  'markup-in-names': `People paste <img src=x onerror="window.__lensPwned='name'"> into prompts`,
  'bidi-and-invisible': 'They are invisible to you and perfectly visible to the model.',
  'prototype-overrides': 'The scheduler used to be the part nobody looked at.',
  'strict-csp': 'Nobody gets a prize for an exotic stack.',
  iframes: 'The shortage taught everyone to squeeze a cluster.',
  'open-shadow-roots': 'Eager mode is the product.',
  'thousands-of-quotes': 'A queue is a promise about the future that you are allowed to break',
  'five-megabyte-article': 'A big ecosystem came with it.',
  'deep-dom': 'A big ecosystem came with it.',
  'many-text-nodes': null,
};

/** Page-side: names the lens underlined, or -1 where the page replaced the registry in its own world. */
const underlined = () => {
  const entry = typeof CSS.highlights?.get === 'function' ? CSS.highlights.get('interview-lens-mention') : undefined;
  return entry && typeof entry.size === 'number' ? entry.size : -1;
};

/**
 * Page-side: the toolbar's Highlight button as "x y", or "" — text, because on the sabotage page the
 * driver's own object passing breaks with Object.keys (Chromium); strings still cross intact.
 */
const toolbarPointText = () => {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0) return '';
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  for (let y = Math.max(1, rect.top - 70); y < rect.bottom + 70; y += 3) {
    for (let x = 1; x < innerWidth; x += 4) {
      if (document.elementFromPoint(x, y)?.tagName === 'INTERVIEW-LENS-UI') return `${x + 12} ${y + 10}`;
    }
  }
  return '';
};

/**
 * Every hostile page: the lens comes by itself and underlines names, a quote is highlighted and
 * listed in the popup as plain text, and nothing the page carries ever runs.
 */
export async function hostilePagesHold(harness: Harness): Promise<void> {
  const page = await harness.newTab();
  for (const hostile of HOSTILE_PAGES) {
    const url = `${harness.origin}/${hostilePath(hostile)}`;
    await page.goto(url);
    await page.bringToFront();
    // The page's own world: on the sabotage page its CSS.highlights is a frozen fake, which the
    // lens (in its isolated world) never sees; elsewhere the underlines are visible from here.
    const sabotaged = hostile.name === 'prototype-overrides';
    if (!sabotaged) await waitUntil(page, underlined, undefined, (count) => count > 0, `names underlined on ${hostile.name}`, 20_000);

    const phrase = PHRASES[hostile.name];
    if (phrase === undefined) throw new Error(`No phrase for the hostile page ${hostile.name}`);
    if (phrase) {
      await selectPhrase(page, phrase);
      const [x, y] = (await waitUntil(page, toolbarPointText, undefined, (point) => point !== '', 'the selection toolbar')).split(' ').map(Number);
      await page.mouse.click(x!, y!);
      if (!sabotaged) await waitForPainted(page, phrase);
      await waitUntil(page, toolbarPointText, undefined, (point) => point === '', 'the toolbar to close');
      const popup = await harness.openExtensionPage(`popup.html?page=${encodeURIComponent(url)}`);
      const listed = await waitUntil(
        popup,
        () => [...document.querySelectorAll('article.highlight .quote')].map((quote) => quote.textContent ?? ''),
        undefined,
        (quotes) => quotes.length > 0,
        `the highlight of ${hostile.name} in the popup`,
      );
      expect(listed).toEqual([phrase]);
      // The popup shows page text as text: markup in it stays characters.
      expect(await inPage(popup, () => [document.querySelectorAll('img').length, (window as { __lensPwned?: string }).__lensPwned ?? null], undefined)).toEqual([0, null]);
      if (hostile.name === 'markup-in-names') await popup.screenshot({ path: screenshotPath(`${harness.browser}-popup-hostile.png`) });
      await popup.close();
    }
    expect(await inPage(page, () => (window as { __lensPwned?: string }).__lensPwned ?? null, undefined)).toBeNull();
  }
}
