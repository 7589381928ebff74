import { expect } from '@playwright/test';
import type { Harness } from './harness';
import { clickPainted, highlightSelectionWithToolbar, inPage, noteFieldShown, selectPhrase, toolbarBox, toolbarClosed, waitForPainted, waitUntil } from './page-actions';

const PHRASE = 'PyTorch has grown into an industry of its own';

/** Page-side: the selection as a keyboard reader has it: its text, collapsed or not, and what precedes a caret. */
const selectionNow = () => {
  const selection = getSelection()!;
  const node = selection.anchorNode;
  return { text: selection.toString(), collapsed: selection.isCollapsed, before: node?.textContent?.slice(0, selection.anchorOffset) ?? '' };
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
  for (const [how, close] of [['Shift+Tab, Enter', shiftTabThenEnter], ['Escape', () => page.keyboard.press('Escape')]] as const) {
    await clickPainted(page, PHRASE);
    await noteFieldShown(page);
    expect((await inPage(page, selectionNow, undefined)).before.endsWith(PHRASE)).toBe(false);
    await close();
    await waitUntil(page, selectionNow, undefined, (now) => now.collapsed && now.before.endsWith(PHRASE), `the caret back after the highlight (${how})`);
  }
}
