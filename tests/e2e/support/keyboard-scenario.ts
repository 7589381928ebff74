import { expect } from '@playwright/test';
import type { Harness } from './harness';
import { highlightSelectionWithToolbar, inPage, selectPhrase, toolbarBox, toolbarClosed, waitForPainted } from './page-actions';

const PHRASE = 'PyTorch has grown into an industry of its own';

/** Page-side: the selection as a keyboard reader has it: its text, collapsed or not, and what precedes a caret. */
const selectionNow = () => {
  const selection = getSelection()!;
  const node = selection.anchorNode;
  return { text: selection.toString(), collapsed: selection.isCollapsed, before: node?.textContent?.slice(0, selection.anchorOffset) ?? '' };
};

/** Escape puts the toolbar away and keeps the selection; after highlighting, the caret stays at the end of the new highlight. */
export async function toolbarAndCaretFollowTheKeyboard(harness: Harness): Promise<void> {
  const page = await harness.newTab();
  await page.goto(`${harness.origin}/interviews/tns-why-pytorch-won.html?case=keyboard`);
  await page.bringToFront();
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
}
