import { expect } from '@playwright/test';
import { HOSTILE_PAGES } from '../../fixtures/hostile/generated';
import type { Harness } from './harness';
import { hostilePath } from './hostile-pages';
import {
  highlightSelectionWithToolbar,
  inPage,
  selectPhrase,
  toolbarClosed,
  waitForPainted,
  waitUntil,
} from './page-actions';
import { screenshotPath } from './paths';

/** A sentence each page lets the reader highlight (null: none here, see the page's own line). */
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
  // Its words are cut into thousands of nodes.
  'many-text-nodes': null,
  'many-people': 'Release 7 went out when every test was green',
  'many-quotation-marks': 'Point 3.2 is about the queue',
  // Highlighted by its own scenario, which counts what it saved there.
  'page-as-attacker': null,
};

/** What the popup must say of a page that reaches a limit of the lens. */
const CAPPED: Record<string, string> = {
  'many-people': 'This page names more people than the lens follows',
};

/** Page-side: names the lens underlined, or -1 where the page replaced the registry in its own world. */
const underlined = () => {
  const entry = typeof CSS.highlights?.get === 'function' ? CSS.highlights.get('interview-lens-mention') : undefined;
  return entry && typeof entry.size === 'number' ? entry.size : -1;
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
    if (!sabotaged)
      await waitUntil(page, underlined, undefined, (count) => count > 0, `names underlined on ${hostile.name}`, 20_000);

    const phrase = PHRASES[hostile.name];
    if (phrase === undefined) throw new Error(`No phrase for the hostile page ${hostile.name}`);
    if (phrase) {
      await selectPhrase(page, phrase);
      await highlightSelectionWithToolbar(page);
      if (!sabotaged) await waitForPainted(page, phrase);
      await toolbarClosed(page);
      const popup = await harness.openExtensionPage(`popup.html?page=${encodeURIComponent(url)}`);
      const listed = await waitUntil(
        popup,
        () => [...document.querySelectorAll('article.highlight .quote')].map((quote) => quote.textContent ?? ''),
        undefined,
        (quotes) => quotes.length > 0,
        `the highlight of ${hostile.name} in the popup`,
      );
      expect(listed).toEqual([phrase]);
      const capped = CAPPED[hostile.name];
      if (capped) {
        const said = (wanted: string) =>
          [...document.querySelectorAll('.summary-capped')].some((line) => line.textContent?.startsWith(wanted));
        await waitUntil(popup, said, capped, (found) => found, `the popup to say “${capped}”`);
      }
      // The popup shows page text as text: markup in it stays characters.
      expect(
        await inPage(
          popup,
          () => [document.querySelectorAll('img').length, (window as { __lensPwned?: string }).__lensPwned ?? null],
          undefined,
        ),
      ).toEqual([0, null]);
      if (hostile.name === 'markup-in-names')
        await popup.screenshot({ path: screenshotPath(`${harness.browser}-popup-hostile.png`) });
      await popup.close();
    }
    expect(await inPage(page, () => (window as { __lensPwned?: string }).__lensPwned ?? null, undefined)).toBeNull();
  }
}
