import { expect } from '@playwright/test';
import {
  captureClipboard,
  captureDownloads,
  dataSummary,
  deleteEverything,
  downloadText,
  importFile,
  lastCopied,
} from './downloads';
import type { Harness, Tab } from './harness';
import {
  clickPainted,
  highlightPhrase,
  inPage,
  noteFieldShown,
  scrollDispatched,
  waitForPainted,
  waitUntil,
  type PageLike,
} from './page-actions';
import { screenshotPath } from './paths';
import { popupFor, popupShows } from './popup-actions';

/** A Q&A whose questions are labelled with the interviewer's surname: the lens takes "Lardinois" for a speaker. */
const PAGE = 'corrections-qa.html?case=corrections';
const QUESTION = 'Is there a real alternative?';
const NARRATION = 'what comes after the training boom';

/** Page-side: clicks the button with this accessible name. */
const pressNamed = (label: string) =>
  document.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!.click();
const hasNamed = (label: string) => document.querySelector(`button[aria-label="${label}"]`) !== null;
const said = () =>
  document.querySelector('.corrections [role="status"], .corrections [role="alert"]')?.textContent ?? '';

/** Page-side: where a speaker's name is underlined, or null. */
const nameBox = (name: string) => {
  const range = [...(CSS.highlights.get('interview-lens-mention') ?? [])].find(
    (candidate) => (candidate as Range).toString() === name,
  ) as Range | undefined;
  if (!range) return null;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
};

/** Points at an underlined name and waits for its tooltip, seen where the reader sees it: just below the name. */
async function pointAt(page: Tab, name: string): Promise<void> {
  const box = await waitUntil(page, nameBox, name, (found) => found !== null, `${name} underlined`);
  await scrollDispatched(page);
  await page.mouse.move(box!.x, box!.y);
  await waitUntil(
    page,
    (at: { x: number; y: number }) => document.elementFromPoint(at.x, at.y + 40)?.tagName === 'INTERVIEW-LENS-UI',
    box!,
    (shown) => shown,
    `the tooltip of ${name}`,
  );
}

async function items(popup: PageLike, count: number, what: string): Promise<string[]> {
  return (await popupShows(popup, (state) => state.items.length === count && state.summary !== '', what)).items;
}

/**
 * The lens takes the interviewer for a speaker and knows him by his surname only: the reader
 * renames him, says he asks the questions, and says who said a narration they highlighted. After a
 * reload, the page's tooltip, the popup, a citation and the Markdown all carry the corrections.
 */
export async function readerCorrectsWhoIsWho(harness: Harness): Promise<void> {
  const url = `${harness.origin}/${PAGE}`;
  const page = await harness.newTab();
  await page.goto(url);
  await page.bringToFront();
  await highlightPhrase(page, QUESTION);
  await highlightPhrase(page, NARRATION);
  // "Said by" comes first in the card: no one, then Luca Antiga, the first speaker.
  await clickPainted(page, NARRATION);
  await noteFieldShown(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');

  const popup = await popupFor(harness, url);
  const before = await items(popup, 2, 'both highlights, one now said by Luca Antiga');
  expect(before.join('\n')).toContain('— Lardinois');
  await waitUntil(
    popup,
    () => document.querySelector('.corrections summary') !== null,
    undefined,
    (shown) => shown,
    'the corrections',
  );
  await inPage(popup, () => (document.querySelector('.corrections summary') as HTMLElement).click(), undefined);
  await inPage(popup, pressNamed, 'Rename Lardinois');
  await waitUntil(
    popup,
    () => document.activeElement?.getAttribute('aria-label') ?? '',
    undefined,
    (label) => label.startsWith('New name for Lardinois'),
    'the name field',
  );
  await popup.keyboard.press('Home');
  await popup.keyboard.type('Frederic ');
  await popup.keyboard.press('Enter');
  expect(await waitUntil(popup, said, undefined, (text) => text !== '', 'the rename to be confirmed')).toBe(
    'Renamed Lardinois to Frederic Lardinois. 1 highlight now names Frederic Lardinois. Reload the page to see it there.',
  );
  // The popup shows the corrected people at once.
  await waitUntil(
    popup,
    hasNamed,
    'Frederic Lardinois asks the questions',
    (shown) => shown,
    'the renamed interviewer’s button',
  );
  await inPage(popup, pressNamed, 'Frederic Lardinois asks the questions');
  await waitUntil(
    popup,
    () => document.querySelector('.summary')?.textContent ?? '',
    undefined,
    (text) => text.includes('Asked by Frederic Lardinois'),
    'the interviewer in the popup',
  );
  await popup.screenshot({ path: screenshotPath(`${harness.browser}-popup-corrections.png`) });
  await popup.close();

  // After a reload: the page's tooltip names him in full, as the one asking.
  await page.reload();
  await page.bringToFront();
  await waitForPainted(page, QUESTION);
  await pointAt(page, 'Lardinois');
  if (harness.lensText) {
    const tooltip = await harness.lensText(page);
    expect(tooltip).toContain('Frederic Lardinois');
    expect(tooltip).toContain('Asks the questions');
  }
  await page.screenshot({ path: screenshotPath(`${harness.browser}-tooltip-corrected.png`) });

  const after = await popupFor(harness, url);
  const listed = await items(after, 2, 'the popup after the reload');
  const summary = await inPage(after, () => document.querySelector('.summary')?.textContent ?? '', undefined);
  expect(summary).toContain('Asked by Frederic Lardinois');
  expect(summary).not.toMatch(/Lardinois —|Speakers.*Lardinois/);
  expect(listed.find((item) => item.includes(QUESTION))).toContain('— Frederic Lardinois');
  expect(listed.find((item) => item.includes(NARRATION))).toContain('— Luca Antiga');
  await inPage(after, captureClipboard, undefined);
  await inPage(after, pressNamed, `Cite highlight: ${QUESTION}`);
  expect(await waitUntil(after, lastCopied, undefined, (text) => text !== '', 'the citation')).toMatch(
    new RegExp(`^“${QUESTION.replace('?', '\\?')}” — Frederic Lardinois, in “`),
  );
  await inPage(after, captureDownloads, undefined);
  const markdown = await downloadText(after, 'Download Markdown');
  expect(markdown).toContain('Frederic Lardinois');
  expect(markdown).toContain('Luca Antiga');
  expect(markdown).not.toMatch(/[^c] Lardinois/);
  await after.close();

  // A backup keeps the corrections: back up, delete everything, import, and the page is corrected again.
  const options = await harness.openExtensionPage('options.html');
  await options.bringToFront();
  await waitUntil(options, dataSummary, undefined, (text) => /^\d+ highlights/.test(text), 'the options page');
  await inPage(options, captureDownloads, undefined);
  const backup = await downloadText(options, 'Back up (JSON)');
  expect(JSON.parse(backup).verdicts).toEqual([
    expect.objectContaining({
      renames: [{ from: 'Lardinois', to: 'Frederic Lardinois' }],
      interviewer: 'Frederic Lardinois',
    }),
  ]);
  await deleteEverything(options);
  expect(await importFile(options, backup, 'backup.json')).toMatch(/^Imported backup\.json/);
  await options.close();
  await page.reload();
  await page.bringToFront();
  await waitForPainted(page, QUESTION);
  const restored = await popupFor(harness, url);
  const state = await popupShows(
    restored,
    (shown) => shown.items.length === 2 && shown.summary.includes('Asked by Frederic Lardinois'),
    'the corrections after the import',
  );
  expect(state.items.find((item) => item.includes(QUESTION))).toContain('— Frederic Lardinois');
  await restored.close();
}
