import { expect } from '@playwright/test';
import type { Harness, Tab } from './harness';
import { openProbe, type Probe } from './extension-probe';
import {
  findToolbarBox,
  toolbarClosed,
  highlightSelectionWithToolbar,
  inPage,
  selectPhrase,
  waitForColour,
  waitForPainted,
  waitUntil,
} from './page-actions';

const ARTICLE = 'interviews/tns-why-pytorch-won.html';
const PHRASE = 'A big ecosystem came with it.';

/** Page-side: whether the reader's pause switch is on, once the options page has loaded it. */
const pausedBox = () =>
  (document.querySelector('.check input[type="checkbox"]') as HTMLInputElement | null)?.checked ?? null;

/** Opens `url` in a new tab once its detector is there (it says hello), and selects the phrase. */
async function selectOn(harness: Harness, probe: Probe, url: string): Promise<Tab> {
  const tab = await harness.newTab();
  await tab.goto(url);
  await tab.bringToFront();
  await probe.waitToHear(url, 'page:hello', 0, 'the page’s detector');
  await selectPhrase(tab, PHRASE);
  return tab;
}

/**
 * The page asks for the lens when text is selected; the background says no to it. Asked again
 * the same way (from the page's content-script world), it answers that no lens is coming, and
 * with that answer in, there is none in the tab and no toolbar on the page.
 */
async function lensRefused(harness: Harness, probe: Probe, url: string): Promise<void> {
  const tab = await selectOn(harness, probe, url);
  await probe.waitToHear(url, 'lens:request', 0, 'the page to ask for the lens');
  expect(await probe.askAsPage(url, { type: 'lens:request' })).toEqual({ ok: true, injected: false });
  expect(await probe.lensIn(url)).toBe(false);
  expect(await inPage(tab, findToolbarBox, undefined)).toBe('');
}

/** Pausing everywhere, then switching one site off: the page gets no highlighter; switching back restores it. */
export async function switchesStopTheLens(harness: Harness): Promise<void> {
  const probe = await openProbe(harness);
  const options = await harness.openExtensionPage('options.html');
  await options.bringToFront();
  await waitUntil(options, pausedBox, undefined, (checked) => checked === false, 'the pause switch');
  await inPage(
    options,
    () => (document.querySelector('.check input[type="checkbox"]') as HTMLInputElement).click(),
    undefined,
  );
  await waitUntil(options, pausedBox, undefined, (checked) => checked === true, 'the pause to be saved');

  await lensRefused(harness, probe, `${harness.origin}/${ARTICLE}?case=paused`);

  await options.bringToFront();
  await inPage(
    options,
    () => (document.querySelector('.check input[type="checkbox"]') as HTMLInputElement).click(),
    undefined,
  );
  await waitUntil(options, pausedBox, undefined, (checked) => checked === false, 'the lens to resume');
  // Switch off the fixtures' own site by name, as a reader types it.
  await inPage(options, () => (document.querySelector('.inline-form input') as HTMLInputElement).focus(), undefined);
  await options.keyboard.type(new URL(harness.origin).hostname);
  await options.keyboard.press('Enter');
  const sites = () => document.querySelector('.sites')?.textContent ?? '';
  await waitUntil(
    options,
    sites,
    undefined,
    (text) => text.includes(new URL(harness.origin).hostname),
    'the site in the list',
  );
  await lensRefused(harness, probe, `${harness.origin}/${ARTICLE}?case=site-off`);

  await options.bringToFront();
  await inPage(
    options,
    () =>
      [...document.querySelectorAll<HTMLButtonElement>('.sites button')]
        .find((b) => b.textContent === 'Switch back on')!
        .click(),
    undefined,
  );
  await waitUntil(options, sites, undefined, (text) => text === '', 'the site to be back on');
  const back = await selectOn(harness, probe, `${harness.origin}/${ARTICLE}?case=back-on`);
  await highlightSelectionWithToolbar(back);
  await waitForPainted(back, PHRASE);

  // A new default colour reaches the highlighter already open in that tab.
  const pickDefault = async (colour: string) => {
    await options.bringToFront();
    await inPage(
      options,
      (name: string) => (document.querySelector(`.colours button[aria-label="${name}"]`) as HTMLButtonElement).click(),
      colour,
    );
    await waitUntil(
      options,
      () => document.querySelector('.colours button[aria-pressed="true"]')?.getAttribute('aria-label'),
      undefined,
      (pressed) => pressed === colour,
      `${colour} as the default`,
    );
  };
  await pickDefault('pink');
  await back.bringToFront();
  await toolbarClosed(back);
  await selectPhrase(back, 'They run PyTorch in production');
  await highlightSelectionWithToolbar(back);
  await waitForColour(back, 'They run PyTorch in production', 'pink');
  await pickDefault('yellow');
}
