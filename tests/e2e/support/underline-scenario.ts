import { expect } from '@playwright/test';
import type { Harness } from './harness';
import { highlightPhrase, inPage, waitUntil } from './page-actions';

const ARTICLE = 'interviews/tns-why-pytorch-won.html';

/** Page-side: the speaker and project names underlined so far, as text. */
const underlinedNames = () =>
  [...(CSS.highlights.get('interview-lens-mention') ?? [])].map((range) => (range as Range).toString());

/**
 * The reader picks how many names are underlined in the options: every mention, the first of each
 * name per section (the default), or none; the next page opened follows.
 */
export async function underlineDensityIsTheReaders(harness: Harness): Promise<void> {
  const options = await harness.openExtensionPage('options.html');
  const choose = async (density: string) => {
    await options.bringToFront();
    await waitUntil(
      options,
      () => document.querySelector('input[name="underlines"]') !== null,
      undefined,
      (ready) => ready,
      'the underline choices',
    );
    await inPage(
      options,
      (value: string) =>
        (document.querySelector(`input[name="underlines"][value="${value}"]`) as HTMLInputElement).click(),
      density,
    );
    await waitUntil(
      options,
      () => (document.querySelector('input[name="underlines"]:checked') as HTMLInputElement | null)?.value,
      undefined,
      (value) => value === density,
      `${density} chosen`,
    );
  };
  const page = await harness.newTab();
  /** The names underlined at the top of the article once the lens has read it. */
  const namesAt = async (density: string) => {
    await choose(density);
    await page.goto(`${harness.origin}/${ARTICLE}?case=underlines-${density}`);
    await page.bringToFront();
    if (density === 'none') {
      // The lens is there (it highlights) and underlines nothing.
      await highlightPhrase(page, 'My goal is for them to succeed.');
      return inPage(page, underlinedNames, undefined);
    }
    // The lens underlines the blocks near the window as its intersection observer reports them,
    // and the observer's first report holds every block it watches: once names show, all the
    // blocks at the top have had their turn.
    return waitUntil(page, underlinedNames, undefined, (names) => names.length > 0, `names underlined (${density})`);
  };

  const every = await namesAt('all');
  const first = await namesAt('first');
  expect(await namesAt('none')).toEqual([]);
  // Each name once per section: no name twice in the first sections, and fewer underlines than every mention.
  expect(every.filter((name) => name === 'PyTorch').length).toBeGreaterThan(
    first.filter((name) => name === 'PyTorch').length,
  );
  expect(first.length).toBeLessThan(every.length);
  expect(first).toContain('PyTorch');
  await choose('first');
  await options.close();
}
