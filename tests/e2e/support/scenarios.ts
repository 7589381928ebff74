import { expect } from '@playwright/test';
import { shortcutAndMenuHighlight } from './command-scenario';
import { readerCorrectsWhoIsWho } from './corrections-scenario';
import type { Harness } from './harness';
import {
  clickPainted,
  dragSelect,
  findToolbarBox,
  lensHadItsTurn,
  toolbarClosed,
  highlightSelectionInColour,
  highlightPhrase,
  highlightSelectionWithToolbar,
  pressTimes,
  waitForColour,
  inPage,
  noteFieldShown,
  pageDatabases,
  paintedTexts,
  readerPause,
  toolbarBox,
  toolbarPoint,
  readPainted,
  scrollDispatched,
  selectPhrase,
  waitForPainted,
  waitUntil,
} from './page-actions';
import { pageAttacksTheLens } from './attacker-scenario';
import { hostilePagesHold } from './hostile-scenario';
import { keyboardOnly, toolbarAndCaretFollowTheKeyboard, tooltipsByKeyboard } from './keyboard-scenario';
import { libraryRoundTrip } from './library-scenario';
import { neighbouringSitesStayApart } from './sibling-site-scenario';
import { readerSaysWhoSaidIt } from './speaker-scenario';
import { switchesStopTheLens } from './switches-scenario';
import { underlineDensityIsTheReaders } from './underline-scenario';
import { readerOverrulesTheDetector } from './verdict-scenario';
import { screenshotPath } from './paths';
import { boxesOf, expectNoPixels, paintedIn, waitForPixels } from './pixels';
import { popupFor, popupShows } from './popup-actions';

export const ARTICLE = 'interviews/tns-why-pytorch-won.html';
export const QUOTE = 'Every time the field reinvented itself, PyTorch was there,';

/** A second highlight on the round trip's page, which stays when the first is deleted. */
const KEPT = 'A big ecosystem came with it.';

/** Page-side: clicks Delete on the popup's item holding `quote`. */
const deleteListed = (quote: string) =>
  [...document.querySelectorAll('article.highlight')]
    .find((item) => item.textContent?.includes(quote))!
    .querySelectorAll<HTMLButtonElement>('button')
    .forEach((button) => {
      if (button.textContent === 'Delete') button.click();
    });

/**
 * Drag over a sentence → Highlight → it is painted yellow on screen → reload → the popup lists it
 * → delete → gone from the page, also after a reload; the last one deleted empties the popup.
 */
export async function highlightRoundTrip(harness: Harness): Promise<void> {
  const articleUrl = `${harness.origin}/${ARTICLE}?utm_source=e2e`;
  // The library may hold highlights of tests that ran before in this browser.
  const first = await popupFor(harness, articleUrl);
  const already = Number.parseInt(
    (await popupShows(first, (state) => state.total !== '', 'the popup’s count')).total,
    10,
  );
  await first.close();
  const page = await harness.newTab();
  await page.goto(articleUrl);
  await page.bringToFront();

  await expectNoPixels(page, paintedIn('yellow', QUOTE, await boxesOf(page, QUOTE)));
  await dragSelect(page, QUOTE);
  await highlightSelectionWithToolbar(page);
  await waitForPainted(page, QUOTE);
  await waitForPixels(page, paintedIn('yellow', QUOTE, await boxesOf(page, QUOTE)));
  await page.screenshot({ path: screenshotPath(`${harness.browser}-highlighted.png`) });
  await toolbarClosed(page);
  await highlightPhrase(page, KEPT);

  await page.reload();
  await waitUntil(
    page,
    readPainted,
    undefined,
    (texts) => texts.includes(QUOTE) && texts.includes(KEPT),
    'both highlights after a reload',
  );
  expect(await pageDatabases(page)).toEqual([]);

  const popup = await popupFor(harness, articleUrl);
  const listed = await popupShows(popup, (state) => state.items.length === 2, 'the popup to list both highlights');
  expect(listed.items.filter((item) => item.includes(QUOTE))).toHaveLength(1);
  expect(listed.total).toBe(`${already + 2} highlights in all`);
  await popup.screenshot({ path: screenshotPath(`${harness.browser}-popup.png`) });

  await inPage(popup, deleteListed, QUOTE);
  await popupShows(popup, (state) => state.items.length === 1, 'the highlight to leave the popup');
  // The open article drops the painting at once, without a reload.
  await waitUntil(page, readPainted, undefined, (texts) => !texts.includes(QUOTE), 'the painting to go');

  // After a reload the kept highlight is painted from the same answer that would bring back the
  // deleted one: once it is there, the deleted one is not coming.
  await page.reload();
  await waitForPainted(page, KEPT);
  expect(await paintedTexts(page)).toEqual([KEPT]);
  await expectNoPixels(page, paintedIn('yellow', QUOTE, await boxesOf(page, QUOTE)));
  expect(await pageDatabases(page)).toEqual([]);

  await inPage(popup, deleteListed, KEPT);
  const emptied = await popupShows(popup, (state) => state.items.length === 0, 'the last highlight to leave the popup');
  expect(emptied.empty).toBe('No highlights on this page yet');
  await waitUntil(page, readPainted, undefined, (texts) => texts.length === 0, 'the last painting to go');
}

/** Text in a comment editor gets no toolbar and is never saved, while article text still works. */
export async function editableTextIsRefused(harness: Harness): Promise<void> {
  const articleUrl = `${harness.origin}/${ARTICLE}?case=editable`;
  const page = await harness.newTab();
  await page.goto(articleUrl);
  await page.bringToFront();
  // The lens comes by itself to this interview; once it has underlined names it listens to selections.
  await waitUntil(
    page,
    () => CSS.highlights.get('interview-lens-mention')?.size ?? 0,
    undefined,
    (names) => names > 0,
    'names underlined',
  );

  await selectPhrase(page, 'the vLLM point is spot on');
  await lensHadItsTurn(page);
  expect(await inPage(page, findToolbarBox, undefined)).toBe('');

  await selectPhrase(page, 'A big ecosystem came with it.');
  await toolbarBox(page);

  const popup = await popupFor(harness, articleUrl);
  const state = await popupShows(popup, (s) => s.empty !== '', 'the popup to load');
  expect(state.items).toEqual([]);
}

/** The card of a clicked highlight edits note, tags and colour by keyboard; a second tab follows. */
export async function cardEditsReachOtherTabs(harness: Harness): Promise<void> {
  const quote = 'My goal is for them to succeed.';
  const articleUrl = `${harness.origin}/${ARTICLE}?case=card`;
  const page = await harness.newTab();
  await page.goto(articleUrl);
  const other = await harness.newTab();
  await other.goto(articleUrl);

  await page.bringToFront(); // keys go to the tab in front
  await highlightPhrase(page, quote);
  await waitForPainted(other, quote); // the other tab of the same article paints it too

  await clickPainted(page, quote); // the card opens with the keyboard focus in it
  await noteFieldShown(page);
  await pressTimes(page, 'Tab', 7); // past Said by and the five colours, into the note
  await page.keyboard.type('Key point: users first.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('pytorch, foundation');
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');

  const popup = await popupFor(harness, articleUrl);
  const state = await popupShows(
    popup,
    (s) => s.items.some((item) => item.includes('Key point: users first.')),
    'the note in the popup',
  );
  expect(state.items[0]).toContain('pytorchfoundation'); // two tags, listed separately

  await page.bringToFront();
  await clickPainted(page, quote);
  await pressTimes(page, 'Tab', 4); // Said by, yellow, green, blue
  await page.keyboard.press('Enter');
  await waitForColour(page, quote, 'blue');
  await waitForColour(other, quote, 'blue');
  await page.screenshot({ path: screenshotPath(`${harness.browser}-card.png`) });
  await page.keyboard.press('Escape');
}

/** After the publisher edits the article, a vanished quote is kept and shown as not found. */
export async function editedArticleKeepsOrphans(harness: Harness): Promise<void> {
  const kept = 'Extensions are the reason Postgres can be a vector database on Monday';
  const gone = 'in the end the simplest design won';
  const page = await harness.newTab();
  await page.goto(`${harness.origin}/story-v1.html`);
  await highlightPhrase(page, kept);
  await highlightPhrase(page, gone);

  const edited = `${harness.origin}/story-v2.html`; // same canonical article, one passage rewritten
  await page.goto(edited);
  await waitForPainted(page, kept);
  expect(await paintedTexts(page)).not.toContain(gone);

  const popup = await popupFor(harness, edited);
  const state = await popupShows(
    popup,
    (s) => s.items.some((item) => item.includes('Not found on its page when last checked')),
    'the orphan in the popup',
  );
  expect(state.items).toHaveLength(2);
  expect(state.items.find((item) => item.includes(gone))).toContain('Not found on its page when last checked');
  expect(state.items.find((item) => item.includes(kept))).not.toContain('Not found');
  await popup.screenshot({ path: screenshotPath(`${harness.browser}-popup-orphan.png`) });
}

/** Highlights on a page whose article arrives after load are found once it arrives. */
export async function lateContentIsAnchored(harness: Harness): Promise<void> {
  const quote = 'Most of the speedups people see today come from scheduling, not from kernels,';
  const articleUrl = `${harness.origin}/late-article.html`;
  const page = await harness.newTab();
  await page.goto(articleUrl);
  await waitUntil(
    page,
    () => document.getElementById('story-body')?.textContent ?? '',
    undefined,
    (text) => text.includes('speedups'),
    'the late article',
  );
  await highlightPhrase(page, quote);

  await page.reload();
  await waitForPainted(page, quote);
  const popup = await popupFor(harness, articleUrl);
  const state = await popupShows(popup, (s) => s.items.length === 1, 'the popup');
  expect(state.items[0]).not.toContain('Not found');
}

/** In a single-page app, highlights follow in-page navigation. */
export async function spaNavigationRepaints(harness: Harness): Promise<void> {
  const quote = 'Ray started as a way to make distributed Python feel like ordinary Python,';
  const page = await harness.newTab();
  await page.goto(`${harness.origin}/spa.html?story=ray`);
  await highlightPhrase(page, quote);

  await inPage(page, () => (document.querySelector('a[data-story="jax"]') as HTMLElement).click(), undefined);
  await waitUntil(
    page,
    readPainted,
    undefined,
    (texts) => texts.length === 0,
    'the Ray highlight to leave the JAX story',
  );
  await inPage(page, () => (document.querySelector('a[data-story="ray"]') as HTMLElement).click(), undefined);
  await waitForPainted(page, quote);

  const popup = await popupFor(harness, `${harness.origin}/spa.html?story=ray`);
  const state = await popupShows(popup, (s) => s.items.length === 1, 'the popup');
  expect(state.items[0]).not.toContain('Not found');
}

/** Two overlapping highlights are both painted; clicking the inner one opens its own card. */
export async function overlappingHighlights(harness: Harness): Promise<void> {
  const outer = 'PyTorch has grown into an industry of its own, and it powers that whole industry.';
  const inner = 'an industry of its own';
  const page = await harness.newTab();
  await page.goto(`${harness.origin}/${ARTICLE}?case=overlap`);
  await page.bringToFront();
  await highlightPhrase(page, outer);
  await selectPhrase(page, inner);
  await highlightSelectionInColour(page, 'green');
  await waitForColour(page, inner, 'green');
  await waitForColour(page, outer, 'yellow');
  // On screen the inner one is green over the yellow of the outer one, which shows around it.
  const innerBoxes = await boxesOf(page, inner);
  await waitForPixels(page, paintedIn('green', inner, innerBoxes));
  await expectNoPixels(page, paintedIn('yellow', inner, innerBoxes));
  await waitForPixels(page, paintedIn('yellow', 'has grown into', await boxesOf(page, 'has grown into')));

  await clickPainted(page, inner);
  await noteFieldShown(page);
  await pressTimes(page, 'Tab', 11); // Said by, colours (5), note, tags, Save, Copy quote, Delete
  await page.keyboard.press('Enter');
  await waitUntil(page, readPainted, undefined, (texts) => !texts.includes(inner), 'the inner highlight to go');
  expect(await paintedTexts(page)).toEqual([outer]);
}

/** Page-side: where a name is underlined as a speaker or project mention, or null. */
const mentionBox = (name: string) => {
  let box = null as { x: number; y: number; bottom: number } | null;
  CSS.highlights.get('interview-lens-mention')?.forEach((range) => {
    if (box || (range as Range).toString() !== name) return;
    (range as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = (range as Range).getBoundingClientRect();
    box = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, bottom: rect.bottom };
  });
  return box;
};

/** Page-side: focuses the link reading `text` (scrolled into view) and returns a point just below it, where its tooltip shows. */
const focusLink = (text: string) => {
  const anchor = [...document.querySelectorAll('a')].find((a) => a.textContent === text)!;
  anchor.scrollIntoView({ block: 'center' });
  anchor.focus();
  const rect = anchor.getBoundingClientRect();
  return { x: rect.left + 10, y: rect.bottom + 40 };
};

/** Page-side: whether the lens's UI is what the reader sees at a point (a tooltip, in these tests). */
const lensUiAt = (point: { x: number; y: number }) =>
  document.elementFromPoint(point.x, point.y)?.tagName === 'INTERVIEW-LENS-UI';

/** An interview gets name tooltips; a highlight inside a quote knows who said it. */
export async function interviewIsUnderstood(harness: Harness): Promise<void> {
  const articleUrl = `${harness.origin}/${ARTICLE}?case=understood`;
  const page = await harness.newTab();
  await page.goto(articleUrl);
  await page.bringToFront();
  // The lens comes by itself on an interview, and underlines speaker and project names.
  await waitUntil(page, mentionBox, 'Antiga', (box) => box !== null, 'Antiga to be underlined');
  const vllm = await waitUntil(page, mentionBox, 'vLLM', (box) => box !== null, 'vLLM to be underlined');
  await scrollDispatched(page);
  await page.mouse.move(vllm!.x, vllm!.y);
  await waitUntil(page, lensUiAt, { x: vllm!.x, y: vllm!.bottom + 40 }, (shown) => shown, 'the vLLM tooltip');
  await page.screenshot({ path: screenshotPath(`${harness.browser}-tooltip.png`) });
  await page.keyboard.press('Escape');
  await waitUntil(page, lensUiAt, { x: vllm!.x, y: vllm!.bottom + 40 }, (shown) => !shown, 'the tooltip to close');

  // Keyboard: focusing the linked name "PyTorch Foundation" shows its tooltip, and the focus stays on the link.
  const link = await inPage(page, focusLink, 'PyTorch Foundation');
  await waitUntil(page, lensUiAt, link, (shown) => shown, 'the tooltip of the focused link');
  expect(await inPage(page, () => document.activeElement?.textContent, undefined)).toBe('PyTorch Foundation');
  await page.keyboard.press('Escape');
  await waitUntil(page, lensUiAt, link, (shown) => !shown, 'the focused link’s tooltip to close');

  await highlightPhrase(page, 'A big ecosystem came with it.');
  const popup = await popupFor(harness, articleUrl);
  const state = await popupShows(popup, (s) => s.items.length === 1 && s.summary !== '', 'the popup');
  expect(state.items[0]).toContain('— Luca Antiga, head of the Technical Advisory Council');
  expect(state.summary).toContain('An interview: the writer quotes what Luca Antiga told them.');
  expect(state.summary).toContain('Luca Antiga');
  await popup.screenshot({ path: screenshotPath(`${harness.browser}-popup-interview.png`) });
}

/** The seed article in its own words: Luca Antiga, named in a link, is underlined with both roles, and his quotes are his. */
export async function seedArticleIsUnderstood(harness: Harness): Promise<void> {
  const articleUrl = `${harness.origin}/interviews/tns-why-pytorch-won-seed.html?case=seed`;
  const page = await harness.newTab();
  await page.goto(articleUrl);
  await page.bringToFront();
  await waitUntil(
    page,
    mentionBox,
    'Luca Antiga',
    (box) => box !== null,
    'Luca Antiga (inside his link) to be underlined',
  );
  // His name is a link: focusing it shows his tooltip, as a keyboard reader gets it.
  const link = await inPage(page, focusLink, 'Luca Antiga');
  await waitUntil(page, lensUiAt, link, (shown) => shown, 'his tooltip');
  await page.screenshot({ path: screenshotPath(`${harness.browser}-seed-tooltip.png`) });
  await page.keyboard.press('Escape');

  await highlightPhrase(page, 'My goal is to have them succeed.');
  const popup = await popupFor(harness, articleUrl);
  const state = await popupShows(popup, (s) => s.items.length === 1 && s.summary !== '', 'the popup');
  expect(state.items[0]).toContain('— Luca Antiga, head of the Technical Advisory Council for the PyTorch Foundation');
  expect(state.summary).toContain('Asked by Frederic Lardinois');
  expect(state.summary).toContain(
    'Luca Antiga — head of the Technical Advisory Council for the PyTorch Foundation; CTO of end-to-end AI platform Lightning AI',
  );
  expect(state.summary).not.toContain('PyTorch Won');
}

/** A project the reader adds in the options page is underlined and explained on interviews. */
export async function ownCatalogEntries(harness: Harness): Promise<void> {
  const options = await harness.openExtensionPage('options.html');
  await options.bringToFront();
  await waitUntil(
    options,
    () => document.querySelector('.catalog-form') !== null,
    undefined,
    (ready) => ready,
    'the options page',
  );
  const fill = async (label: string, text: string) => {
    await inPage(
      options,
      (wanted: string) => {
        const field = [...document.querySelectorAll('.catalog-form label')]
          .find((l) => l.textContent?.startsWith(wanted))
          ?.querySelector('input, select');
        (field as HTMLElement).focus();
      },
      label,
    );
    await options.keyboard.type(text);
  };
  await fill('Name', 'PyTorch Conference');
  await inPage(
    options,
    () => {
      const select = document.querySelector('.catalog-form select') as HTMLSelectElement;
      select.value = 'other';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    undefined,
  );
  await fill('What it is', 'The yearly gathering of the PyTorch community.');
  await fill('Link', 'https://events.linuxfoundation.org/pytorch-conference/');
  await options.keyboard.press('Enter');
  await waitUntil(
    options,
    () => document.querySelector('.own-entries')?.textContent ?? '',
    undefined,
    (text) => text.includes('PyTorch Conference'),
    'the entry in the list',
  );

  const page = await harness.newTab();
  await page.goto(`${harness.origin}/${ARTICLE}?case=own-entry`);
  await waitUntil(page, mentionBox, 'PyTorch Conference', (box) => box !== null, 'the reader’s entry to be underlined');
}

/** Two tabs of one article save at the same moment: both highlights are kept, under one article. */
export async function concurrentSaves(harness: Harness): Promise<void> {
  const articleUrl = `${harness.origin}/${ARTICLE}?case=concurrent`;
  const phrases = ['They run PyTorch in production', 'A big ecosystem came with it.'];
  const tabs = [await harness.newTab(), await harness.newTab()];
  const points: Array<{ x: number; y: number }> = [];
  for (const [k, tab] of tabs.entries()) {
    await tab.goto(articleUrl);
    await tab.bringToFront();
    await selectPhrase(tab, phrases[k]!);
    await toolbarPoint(tab);
    await readerPause();
    points.push(await toolbarPoint(tab));
  }
  await Promise.all(tabs.map((tab, k) => tab.mouse.click(points[k]!.x, points[k]!.y)));
  for (const [k, tab] of tabs.entries()) await waitForPainted(tab, phrases[k]!);

  const popup = await popupFor(harness, articleUrl);
  const state = await popupShows(popup, (s) => s.items.length === 2, 'both highlights in the popup');
  expect(phrases.every((phrase) => state.items.some((item) => item.includes(phrase)))).toBe(true);
  // Each tab shows the other's highlight too: one article, not two.
  for (const tab of tabs)
    await waitUntil(
      tab,
      readPainted,
      undefined,
      (texts) => phrases.every((phrase) => texts.includes(phrase)),
      'both highlights in each tab',
    );
}

/** Every scenario, run in each browser (the test title names the browser). */
export const SCENARIOS: ReadonlyArray<[string, (harness: Harness) => Promise<void>]> = [
  ['highlight a sentence, see it after reload and in the popup, delete it', highlightRoundTrip],
  ['text in a comment editor gets no toolbar and is not saved', editableTextIsRefused],
  ['a highlight’s card edits note, tags and colour by keyboard, and another tab follows', cardEditsReachOtherTabs],
  ['after the article is edited, a vanished quote is kept and shown as not found', editedArticleKeepsOrphans],
  ['an article that arrives after load gets its highlights painted', lateContentIsAnchored],
  ['in a single-page app, highlights follow in-page navigation', spaNavigationRepaints],
  ['overlapping highlights are both painted, and a click picks the inner one', overlappingHighlights],
  ['an interview gets name tooltips, and a highlight in a quote knows its speaker', interviewIsUnderstood],
  [
    'the seed article in its own words: Luca Antiga underlined with both roles, his quotes his',
    seedArticleIsUnderstood,
  ],
  ['the reader says who said a highlight in its card, and the popup follows, also after a reload', readerSaysWhoSaidIt],
  [
    'the reader chooses how many names are underlined: every mention, once per section, or none',
    underlineDensityIsTheReaders,
  ],
  [
    '“Not an interview” in the popup takes the underlines off the page from its next load; the lens can decide again',
    readerOverrulesTheDetector,
  ],
  [
    'Escape puts the toolbar away and keeps the selection; the caret stays after a new highlight and comes back when its card closes',
    toolbarAndCaretFollowTheKeyboard,
  ],
  ['a project added in the options page is recognised on interview pages', ownCatalogEntries],
  ['two tabs of one article save at the same moment, and both highlights are kept', concurrentSaves],
  [
    'pausing everywhere or switching a site off keeps the highlighter away; switching back brings it',
    switchesStopTheLens,
  ],
  ['hostile pages: names underlined, quotes saved as plain text, nothing from the page runs', hostilePagesHold],
  [
    'a page that attacks the lens reads no note and acts for no one; the reader’s own actions keep working',
    pageAttacksTheLens,
  ],
  [
    'a page on a neighbouring site that claims the reader’s article gets none of it and changes nothing',
    neighbouringSitesStayApart,
  ],
  // It deletes everything (and imports it back), as does the corrections scenario.
  ['the library finds a highlight, exports Markdown, and a backup survives deleting everything', libraryRoundTrip],
  [
    'the reader renames a speaker, says who asks and who said a highlight; tooltip, popup, citation and Markdown follow',
    readerCorrectsWhoIsWho,
  ],
  [
    'keyboard only: select, toolbar, highlight, card, note, save, caret back; the popup by keys, every control named',
    keyboardOnly,
  ],
  [
    'every name’s tooltip by keyboard: caret in the name, Tab into it, Next quote, Escape back (to the link)',
    tooltipsByKeyboard,
  ],
  [
    'the shortcut and the context menu highlight a mouse selection, refuse an editor’s, and the shortcut opens a highlight’s card',
    shortcutAndMenuHighlight,
  ],
];
