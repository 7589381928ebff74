import { expect } from '@playwright/test';
import type { Harness } from './harness';
import { captureClipboard, lastCopied } from './downloads';
import {
  clickPainted,
  highlightSelectionWithToolbar,
  inPage,
  noteFieldShown,
  pressTimes,
  selectPhrase,
  toolbarBox,
  toolbarClosed,
  waitForPainted,
  waitUntil,
  type PageLike,
} from './page-actions';
import { popupFor, popupShows } from './popup-actions';

const PHRASE = 'PyTorch has grown into an industry of its own';

/** Page-side: the selection as a keyboard reader has it: its text, collapsed or not, and what precedes a caret. */
const selectionNow = () => {
  const selection = getSelection()!;
  const node = selection.anchorNode;
  return {
    text: selection.toString(),
    collapsed: selection.isCollapsed,
    before: node?.textContent?.slice(0, selection.anchorOffset) ?? '',
  };
};

/**
 * Escape puts the toolbar away and keeps the selection; after highlighting, the caret stays at the
 * end of the new highlight; the card keeps Tab inside and gives the caret back when closed.
 */
export async function toolbarAndCaretFollowTheKeyboard(harness: Harness): Promise<void> {
  const page = await harness.newTab();
  await page.goto(`${harness.origin}/interviews/tns-why-pytorch-won.html?case=keyboard`);
  await page.bringToFront();
  await selectPhrase(page, PHRASE);
  await toolbarBox(page);
  // Not a keyboard selection: Tab stays the page's (the focus moves on from the selection), the toolbar does not take it.
  await page.keyboard.press('Tab');
  expect(await waitUntil(page, focusIsOn, undefined, (tag) => tag !== 'BODY', 'Tab to move the focus')).not.toBe(
    'INTERVIEW-LENS-UI',
  );
  await selectPhrase(page, PHRASE);
  await toolbarBox(page);
  await page.keyboard.press('Escape');
  await toolbarClosed(page);
  expect((await inPage(page, selectionNow, undefined)).text).toBe(PHRASE);

  await selectPhrase(page, PHRASE);
  await highlightSelectionWithToolbar(page);
  await waitForPainted(page, PHRASE);
  const caret = await inPage(page, selectionNow, undefined);
  expect(caret.collapsed).toBe(true);
  expect(caret.before.endsWith(PHRASE)).toBe(true);

  // The card keeps Tab inside it (Shift+Tab from its start reaches its last control, Close), and
  // closing it by keyboard puts the caret back at the end of the highlight (a click left it inside).
  const shiftTabThenEnter = async () => {
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Enter');
  };
  for (const [how, close] of [
    ['Shift+Tab, Enter', shiftTabThenEnter],
    ['Escape', () => page.keyboard.press('Escape')],
  ] as const) {
    await clickPainted(page, PHRASE);
    await noteFieldShown(page);
    expect((await inPage(page, selectionNow, undefined)).before.endsWith(PHRASE)).toBe(false);
    await close();
    await waitUntil(
      page,
      selectionNow,
      undefined,
      (now) => now.collapsed && now.before.endsWith(PHRASE),
      `the caret back after the highlight (${how})`,
    );
  }
}

const SHORT = 'A big ecosystem came with it.';
const NOTE = 'Said without a mouse.';

/** Page-side: puts the caret just before `phrase`, where a caret-browsing reader moved it with the arrow keys. */
const caretBefore = (phrase: string) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(phrase);
    if (at < 0) continue;
    (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    getSelection()!.collapse(node, at);
    return true;
  }
  return false;
};

/** Page-side: what has the focus: the lens (its closed root hides which control), or the page's element. */
const focusIsOn = () => document.activeElement?.tagName ?? '';

/** Page-side: the focused control's accessible name, roughly as a screen reader computes it. */
const focusedControl = () => {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const labelled = element
    .getAttribute('aria-labelledby')
    ?.split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
  const label = (element as HTMLInputElement).labels?.[0]?.textContent;
  const name =
    element.getAttribute('aria-label') ||
    labelled ||
    label ||
    element.textContent ||
    element.getAttribute('title') ||
    '';
  return { tag: element.tagName, name: name.replace(/\s+/g, ' ').trim() };
};

/** Selects `phrase` with Shift+arrows from a caret just before it, letting Shift go at once, as a quick reader does. */
async function selectWithKeys(page: PageLike, phrase: string): Promise<void> {
  expect(await inPage(page, caretBefore, phrase)).toBe(true);
  await page.keyboard.down('Shift');
  for (let k = 0; k < phrase.length; k++) await page.keyboard.press('ArrowRight');
  await page.keyboard.up('Shift');
  await waitUntil(page, selectionNow, undefined, (now) => now.text === phrase, 'the phrase selected with Shift+arrows');
}

/**
 * On a page that is no interview, the lens comes only with the reader's first selection, after
 * the keys that made it: Tab still reaches its toolbar.
 */
async function tabReachesALateLens(harness: Harness): Promise<void> {
  const page = await harness.newTab();
  await page.goto(`${harness.origin}/plain-news.html?case=keys-before-the-lens`);
  await page.bringToFront();
  await selectWithKeys(page, 'The headline feature is incremental builds.');
  await toolbarBox(page);
  await page.keyboard.press('Tab');
  await waitUntil(page, focusIsOn, undefined, (tag) => tag === 'INTERVIEW-LENS-UI', 'the focus in the late toolbar');
  await page.close();
}

/**
 * With the keyboard only: select with Shift+arrows from the caret, Tab into the toolbar, Enter to
 * highlight; the card opens, a note is typed and saved, Escape gives the caret back after the
 * highlight. Then the popup: Tab through it (every control has a name), Cite, Delete, Undo.
 */
export async function keyboardOnly(harness: Harness): Promise<void> {
  await tabReachesALateLens(harness);
  const url = `${harness.origin}/interviews/tns-why-pytorch-won.html?case=keys-only`;
  const page = await harness.newTab();
  await page.goto(url);
  await page.bringToFront();
  await selectWithKeys(page, SHORT);
  await toolbarBox(page);
  await page.keyboard.press('Tab');
  await waitUntil(page, focusIsOn, undefined, (tag) => tag === 'INTERVIEW-LENS-UI', 'the focus in the toolbar');
  expect((await inPage(page, selectionNow, undefined)).text).toBe(SHORT); // the focus moved, the selection stayed
  await page.keyboard.press('Enter');
  await waitForPainted(page, SHORT);
  await noteFieldShown(page); // the card of the new highlight, with the focus in it
  await pressTimes(page, 'Tab', 7); // Said by, the five colours, the note
  await page.keyboard.type(NOTE);
  await pressTimes(page, 'Tab', 2); // tags, Save
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await waitUntil(
    page,
    selectionNow,
    undefined,
    (now) => now.collapsed && now.before.endsWith(SHORT),
    'the caret back after the highlight',
  );
  await waitUntil(page, focusIsOn, undefined, (tag) => tag !== 'INTERVIEW-LENS-UI', 'the focus back on the page');

  const popup = await popupFor(harness, url);
  await popup.bringToFront();
  await popupShows(popup, (state) => state.items.some((item) => item.includes(NOTE)), 'the note, saved, in the popup');
  await inPage(popup, captureClipboard, undefined);
  const reached: Array<{ tag: string; name: string }> = [];
  for (let k = 0; k < 40; k++) {
    await popup.keyboard.press('Tab');
    const control = await inPage(popup, focusedControl, undefined);
    if (!control) continue;
    reached.push(control);
    if (control.name.startsWith('Cite highlight: ')) break;
  }
  expect(reached.filter((control) => control.name === '')).toEqual([]);
  expect(reached.at(-1)?.name).toBe(`Cite highlight: ${SHORT}`);
  await popup.keyboard.press('Enter');
  expect(await waitUntil(popup, lastCopied, undefined, (text) => text !== '', 'the citation')).toContain(
    `“${SHORT}” — `,
  );
  await popup.keyboard.press('Tab');
  expect((await inPage(popup, focusedControl, undefined))?.name).toBe(`Delete highlight: ${SHORT}`);
  await popup.keyboard.press('Enter');
  await waitUntil(popup, focusedControl, undefined, (control) => control?.name === 'Undo', 'the focus on Undo');
  await new Promise((resolve) => setTimeout(resolve, 9000)); // longer than any notice stays by itself
  expect((await inPage(popup, focusedControl, undefined))?.name).toBe('Undo');
  await popup.keyboard.press('Enter');
  await popupShows(popup, (state) => state.items.some((item) => item.includes(SHORT)), 'the highlight back');
  await popup.close();
}

/** Page-side: puts the caret `at` characters into the first underlined `name` (as caret browsing would) and returns where its tooltip shows. */
const caretInName = ({ name, at }: { name: string; at: number }) => {
  const range = [...(CSS.highlights.get('interview-lens-mention') ?? [])].find(
    (candidate) => (candidate as Range).toString() === name,
  ) as Range | undefined;
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  getSelection()!.collapse(range.startContainer, range.startOffset + at);
  const box = range.getBoundingClientRect();
  return { x: box.left + 10, y: box.bottom + 40 };
};
const lensAt = (point: { x: number; y: number }) =>
  document.elementFromPoint(point.x, point.y)?.tagName === 'INTERVIEW-LENS-UI';

/**
 * Every name's tooltip by keyboard: the caret in a name shows it, Tab goes into it, Enter on
 * "Next quote" moves on, Escape leaves it; on a linked name, Escape gives the focus back to the link.
 */
export async function tooltipsByKeyboard(harness: Harness): Promise<void> {
  const page = await harness.newTab();
  await page.goto(`${harness.origin}/interviews/tns-why-pytorch-won.html?case=tooltip-keys`);
  await page.bringToFront();
  await waitUntil(
    page,
    caretInName,
    { name: 'Antiga', at: 0 },
    (found) => found !== null,
    'Antiga underlined, the caret before it',
  );
  // The reader is at the keys (a click's caret opens no tooltip): the caret moves into the name.
  await page.keyboard.press('Shift');
  const spot = await inPage(page, caretInName, { name: 'Antiga', at: 1 });
  await waitUntil(page, lensAt, spot!, (shown) => shown, 'the tooltip at the caret');
  if (harness.lensText) expect(await harness.lensText(page)).toContain('Tab to reach');
  await page.keyboard.press('Tab');
  await waitUntil(page, focusIsOn, undefined, (tag) => tag === 'INTERVIEW-LENS-UI', 'the focus in the tooltip');
  const before = await inPage(page, () => scrollY, undefined);
  await page.keyboard.press('Enter'); // Next quote
  await waitUntil(
    page,
    () => scrollY,
    undefined,
    (now) => now !== before,
    'the page to move to his next quote',
  );
  await page.keyboard.press('Escape');
  await waitUntil(page, focusIsOn, undefined, (tag) => tag !== 'INTERVIEW-LENS-UI', 'the focus back on the page');

  // A name that is a link: Tab from the link goes into its tooltip, Escape comes back to the link.
  await inPage(
    page,
    () => {
      const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'PyTorch Foundation')!;
      link.scrollIntoView({ block: 'center' });
      link.focus();
    },
    undefined,
  );
  await waitUntil(
    page,
    lensAt,
    await inPage(
      page,
      () => {
        const box = document.activeElement!.getBoundingClientRect();
        return { x: box.left + 10, y: box.bottom + 40 };
      },
      undefined,
    ),
    (shown) => shown,
    'the tooltip of the focused link',
  );
  await page.keyboard.press('Tab');
  await waitUntil(page, focusIsOn, undefined, (tag) => tag === 'INTERVIEW-LENS-UI', 'the focus in the link’s tooltip');
  await page.keyboard.press('Escape');
  await waitUntil(
    page,
    () => document.activeElement?.textContent ?? '',
    undefined,
    (text) => text === 'PyTorch Foundation',
    'the focus back on the link',
  );
}
