import { expect } from '@playwright/test';
import type { Harness } from './harness';
import { clickPainted, highlightPhrase, noteFieldShown } from './page-actions';
import { popupFor, popupShows } from './popup-actions';

/** Told in the writer's words: the lens attributes it to no one. */
const PARAPHRASE = 'Antiga argues that the framework never lost its place.';
const LUCA = '— Luca Antiga, head of the Technical Advisory Council for the PyTorch Foundation';

/**
 * The reader says who said a highlight in its card ("Said by", by keyboard), and takes it back:
 * the popup lists the speaker the reader chose, also after a reload.
 */
export async function readerSaysWhoSaidIt(harness: Harness): Promise<void> {
  // The page without the seed's video embed: Firefox's driver can fail a navigation on the embed's DNS error.
  const articleUrl = `${harness.origin}/interviews/tns-why-pytorch-won.html?case=said-by`;
  const page = await harness.newTab();
  await page.goto(articleUrl);
  await page.bringToFront();
  await highlightPhrase(page, PARAPHRASE);
  const listed = async (what: string, done: (item: string) => boolean) => {
    const popup = await popupFor(harness, articleUrl);
    const state = await popupShows(popup, (s) => s.items.length === 1 && done(s.items[0]!), what);
    await popup.close();
    return state.items[0]!;
  };
  expect(await listed('the paraphrase in the popup', () => true)).not.toContain('— ');

  // The card opens with the focus in it; "Said by" comes first. Its list: no one, Luca Antiga, then the interviewer.
  await page.bringToFront();
  await clickPainted(page, PARAPHRASE);
  await noteFieldShown(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await listed('Luca Antiga as its speaker', (item) => item.includes(LUCA));

  await page.reload();
  await page.bringToFront();
  expect(await listed('the highlight after a reload', () => true)).toContain(LUCA);

  await clickPainted(page, PARAPHRASE);
  await noteFieldShown(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowUp');
  await listed('no speaker again', (item) => !item.includes('— '));
}
