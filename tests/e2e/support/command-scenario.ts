import { expect } from '@playwright/test';
import type { Harness } from './harness';
import {
  dragSelect,
  findToolbarBox,
  inPage,
  lensHadItsTurn,
  noteFieldShown,
  paintedTexts,
  pressTimes,
  readPainted,
  scrollDispatched,
  selectPhrase,
  toolbarBox,
  waitForPainted,
  waitUntil,
} from './page-actions';
import { screenshotPath } from './paths';
import { popupFor, popupShows } from './popup-actions';

const ARTICLE = 'interviews/tns-why-pytorch-won.html';
const BY_SHORTCUT = 'My goal is for them to succeed.';
const BY_MENU = 'They run PyTorch in production';
/** What the lens says when the selection is in an editor (utils/lens/selection.ts). */
const REFUSED = 'Text in form fields and editors can’t be highlighted.';

/** Page-side: the middle of the selection, where a reader right-clicks it. */
const selectionMiddle = () => {
  const rect = getSelection()!.getRangeAt(0).getClientRects()[0]!;
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
};

/** Page-side: puts the caret inside the first words of a highlighted sentence, in the middle of the window where a reader's caret is. */
const caretInto = (sentence: string) => {
  const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes(sentence))!;
  paragraph.scrollIntoView({ block: 'center' });
  const text = paragraph.lastChild!;
  getSelection()!.collapse(text, (text.textContent ?? '').indexOf(sentence) + 3);
};

/**
 * The keyboard shortcut and the context-menu item, driven through the browser as far as each
 * browser lets its driver (see `pressShortcut` and `chooseFromContextMenu` in each browser's spec):
 * in an editor the lens says why it cannot and saves nothing; a selection made with the mouse is
 * highlighted by either; with the caret in a highlight the shortcut opens its card.
 */
export async function shortcutAndMenuHighlight(harness: Harness): Promise<void> {
  const articleUrl = `${harness.origin}/${ARTICLE}?case=command`;
  const page = await harness.newTab();
  await page.goto(articleUrl);
  await page.bringToFront();
  await dragSelect(page, 'A big ecosystem came with it.'); // the lens is there once its toolbar shows
  await toolbarBox(page);

  // In an editor there is no toolbar, and the lens answers the shortcut at the selection (its refusal), and saves nothing.
  await selectPhrase(page, 'the vLLM point is spot on');
  await lensHadItsTurn(page);
  expect(await inPage(page, findToolbarBox, undefined)).toBe('');
  await harness.pressShortcut(page);
  await waitUntil(page, findToolbarBox, undefined, (box) => box !== '', 'the lens’s answer at the editor');
  if (harness.lensText) expect(await harness.lensText(page)).toContain(REFUSED);
  expect(await paintedTexts(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath(`${harness.browser}-editor-refused.png`) }); // shows the refusal

  await dragSelect(page, BY_SHORTCUT);
  await harness.pressShortcut(page);
  await waitForPainted(page, BY_SHORTCUT);

  await dragSelect(page, BY_MENU);
  await harness.chooseFromContextMenu(page, await inPage(page, selectionMiddle, undefined));
  await waitForPainted(page, BY_MENU);

  const popup = await popupFor(harness, articleUrl);
  const listed = await popupShows(popup, (state) => state.items.length === 2, 'both highlights in the popup');
  expect([BY_SHORTCUT, BY_MENU].filter((phrase) => !listed.items.some((item) => item.includes(phrase)))).toEqual([]);
  await popup.close();

  await page.reload();
  await page.bringToFront();
  await waitUntil(
    page,
    readPainted,
    undefined,
    (texts) => texts.includes(BY_SHORTCUT) && texts.includes(BY_MENU),
    'both highlights after a reload',
  );

  // With the caret inside a highlight (keyboard reading), the same shortcut opens its card: delete it by keyboard.
  await inPage(page, caretInto, BY_SHORTCUT);
  await scrollDispatched(page); // a late scroll would close the card the shortcut opens
  await harness.pressShortcut(page);
  await noteFieldShown(page);
  await pressTimes(page, 'Tab', 11); // Said by, colours (5), note, tags, Save, Copy quote, Delete
  await page.keyboard.press('Enter');
  await waitUntil(page, readPainted, undefined, (texts) => !texts.includes(BY_SHORTCUT), 'the highlight to be deleted');
  expect(await paintedTexts(page)).toEqual([BY_MENU]);
}
