import { expect } from '@playwright/test';
import type { Harness, Tab } from './harness';
import { toolbarClosed, highlightSelectionWithToolbar, inPage, selectPhrase, toolbarVisibleFor, waitForColour, waitForPainted, waitUntil } from './page-actions';

const ARTICLE = 'interviews/tns-why-pytorch-won.html';
const PHRASE = 'A big ecosystem came with it.';

/** Page-side: whether the reader's pause switch is on, once the options page has loaded it. */
const pausedBox = () => (document.querySelector('.check input[type="checkbox"]') as HTMLInputElement | null)?.checked ?? null;

async function selectionGetsToolbar(harness: Harness, url: string): Promise<{ tab: Tab; shown: boolean }> {
  const tab = await harness.newTab();
  await tab.goto(url);
  await tab.bringToFront();
  await selectPhrase(tab, PHRASE);
  return { tab, shown: await toolbarVisibleFor(tab, 2000) };
}

/** Pausing everywhere, then switching one site off: the page gets no highlighter; switching back restores it. */
export async function switchesStopTheLens(harness: Harness): Promise<void> {
  const options = await harness.openExtensionPage('options.html');
  await options.bringToFront();
  await waitUntil(options, pausedBox, undefined, (checked) => checked === false, 'the pause switch');
  await inPage(options, () => (document.querySelector('.check input[type="checkbox"]') as HTMLInputElement).click(), undefined);
  await waitUntil(options, pausedBox, undefined, (checked) => checked === true, 'the pause to be saved');

  const paused = await selectionGetsToolbar(harness, `${harness.origin}/${ARTICLE}?case=paused`);
  expect(paused.shown).toBe(false);

  await options.bringToFront();
  await inPage(options, () => (document.querySelector('.check input[type="checkbox"]') as HTMLInputElement).click(), undefined);
  await waitUntil(options, pausedBox, undefined, (checked) => checked === false, 'the lens to resume');
  // Switch off the fixtures' own site by name, as a reader types it.
  await inPage(options, () => (document.querySelector('.inline-form input') as HTMLInputElement).focus(), undefined);
  await options.keyboard.type(new URL(harness.origin).hostname);
  await options.keyboard.press('Enter');
  const sites = () => document.querySelector('.sites')?.textContent ?? '';
  await waitUntil(options, sites, undefined, (text) => text.includes(new URL(harness.origin).hostname), 'the site in the list');
  const siteOff = await selectionGetsToolbar(harness, `${harness.origin}/${ARTICLE}?case=site-off`);
  expect(siteOff.shown).toBe(false);

  await options.bringToFront();
  await inPage(options, () => [...document.querySelectorAll<HTMLButtonElement>('.sites button')].find((b) => b.textContent === 'Switch back on')!.click(), undefined);
  await waitUntil(options, sites, undefined, (text) => text === '', 'the site to be back on');
  const back = await selectionGetsToolbar(harness, `${harness.origin}/${ARTICLE}?case=back-on`);
  expect(back.shown).toBe(true);
  await highlightSelectionWithToolbar(back.tab);
  await waitForPainted(back.tab, PHRASE);

  // A new default colour reaches the highlighter already open in that tab.
  const pickDefault = async (colour: string) => {
    await options.bringToFront();
    await inPage(options, (name: string) => (document.querySelector(`.colours button[aria-label="${name}"]`) as HTMLButtonElement).click(), colour);
    await waitUntil(options, () => document.querySelector('.colours button[aria-pressed="true"]')?.getAttribute('aria-label'), undefined, (pressed) => pressed === colour, `${colour} as the default`);
  };
  await pickDefault('pink');
  await back.tab.bringToFront();
  await toolbarClosed(back.tab);
  await selectPhrase(back.tab, 'They run PyTorch in production');
  await highlightSelectionWithToolbar(back.tab);
  await waitForColour(back.tab, 'They run PyTorch in production', 'pink');
  await pickDefault('yellow');
}
