import { expect } from '@playwright/test';
import type { Harness, Tab } from './harness';
import {
  clickPainted,
  findToolbarBox,
  highlightPhrase,
  lensHadItsTurn,
  inPage,
  noteFieldShown,
  paintedTexts,
  pressTimes,
  readerPause,
  readPainted,
  selectPhrase,
  toolbarBox,
  toolbarPoint,
  waitForPainted,
  waitUntil,
} from './page-actions';
import { openProbe } from './extension-probe';
import { popupFor, popupShows } from './popup-actions';

const PAGE = 'hostile/page-as-attacker.html';
/** In the paragraph the page re-renders (churn). */
const REPAINTED = 'The scheduler used to be the part nobody looked at,';
/** Gets a private note, is clicked by script, deleted and brought back. */
const NOTED = 'Nobody gets a prize for an exotic stack.';
/** Offered to the reader under a decoy banner. */
const DECOYED = 'Eager mode is the product,';
/** Selected by the page's script, then highlighted by the reader on a faded page. */
const FADED = 'Measure the queue before you buy the chips,';
const NOTE = 'quiet plan for the board';
const TAGS = 'private';

/** The page's own records: what was posted to it and the key and text events it caught. */
type Attacker = { __posted: string[]; __keys: Array<{ type: string; key: string | null; data: string | null }> };
const read = <K extends keyof Attacker>(page: Tab, key: K) =>
  inPage(page, (name: K) => (window as unknown as Attacker)[name], key);

/** Page-side: whether a card-sized area of the lens is on screen (a card is 300 px wide; messages are far smaller). */
const cardOnScreen = () => {
  let hits = 0;
  for (let y = 10; y < innerHeight; y += 20)
    for (let x = 10; x < innerWidth; x += 20)
      if (document.elementFromPoint(x, y)?.tagName === 'INTERVIEW-LENS-UI') hits++;
  return hits > 100;
};

/**
 * Page-side: the lowest row of the lens's UI on a 10 px grid, as "left right bottom", or ''. The
 * card is the lowest part (a message may show at the top of the window).
 */
const cardFoot = () => {
  const hits: number[][] = [];
  for (let y = 5; y < innerHeight; y += 10)
    for (let x = 5; x < innerWidth; x += 10)
      if (document.elementFromPoint(x, y)?.tagName === 'INTERVIEW-LENS-UI') hits.push([x, y]);
  if (hits.length < 100) return '';
  const bottom = Math.max(...hits.map(([, y]) => y!));
  const row = hits.filter(([, y]) => y === bottom).map(([x]) => x!);
  return `${Math.min(...row)} ${Math.max(...row)} ${bottom}`;
};

/** Page-side: the colour name a highlighted text is painted in, or ''. */
const colourOf = (wanted: string) => {
  let colour = '';
  CSS.highlights.forEach((highlight, name) => {
    for (const range of highlight) if ((range as Range).toString() === wanted) colour = name;
  });
  return colour;
};

/** Page-side: the centre of the painted text `wanted`, or "" (text: the page's built-ins are its own). */
const paintedCentre = (wanted: string) => {
  let centre = '';
  CSS.highlights.forEach((highlight, name) => {
    if (name === 'interview-lens-mention') return;
    highlight.forEach((range) => {
      if (centre || (range as Range).toString() !== wanted) return;
      const rect = (range as Range).getClientRects()[0]!;
      centre = `${rect.left + rect.width / 2} ${rect.top + rect.height / 2}`;
    });
  });
  return centre;
};

/**
 * A page whose own script attacks the lens, in the order a reader meets it: it logs keys while a
 * note is typed, forges the events WXT posts, selects and clicks by script, puts a see-through
 * banner over the toolbar, fades the page, and re-renders a highlighted paragraph while a ticker
 * changes every frame. None of it reads the note or acts for the reader; the reader's own
 * actions keep working throughout.
 */
export async function pageAttacksTheLens(harness: Harness): Promise<void> {
  const url = `${harness.origin}/${PAGE}`;
  // What the page's lens sends the extension, heard up to a fence (see Probe.heardUntilFence):
  // the checks that something did not happen wait for it instead of a fixed time.
  const probe = await openProbe(harness);
  const page = await harness.newTab();
  await page.goto(url);
  await page.bringToFront();
  await highlightPhrase(page, REPAINTED);
  // Nothing of the extension is posted to the page (WXT's "script started" event named its id).
  expect(
    (await read(page, '__posted')).filter(
      (message) => message.includes(harness.extensionId) || message.includes('wxt'),
    ),
  ).toEqual([]);

  // 1. A note typed in the card is out of the page's hearing.
  await highlightPhrase(page, NOTED);
  await clickPainted(page, NOTED);
  await noteFieldShown(page);
  const keysBefore = (await read(page, '__keys')).length;
  await pressTimes(page, 'Tab', 7); // past Said by and the five colours, into the note
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Tab');
  await page.keyboard.type(TAGS);
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
  await page.keyboard.press('Escape');
  const popup = await popupFor(harness, url);
  await popupShows(popup, (state) => state.items.some((item) => item.includes(NOTE)), 'the note in the popup');
  await popup.close();
  const heard = (await read(page, '__keys')).slice(keysBefore);
  // The page may see the Tab presses that walk the card (they start in its own document), never a character.
  expect(heard.filter((event) => (event.key !== null && event.key.length === 1) || event.data !== null)).toEqual([]);
  expect(heard.map((event) => event.key).filter((key) => key !== 'Tab' && key !== 'Shift')).toEqual([]);

  // 2. Forged WXT events cost the background nothing, and the lens stays: its one request up to
  //    the fence is the fence's own (its address watch, which forged events must not trigger, works).
  let sent = (await probe.heardFrom(url)).length;
  await inPage(
    page,
    (id: string) => (window as unknown as { __forgeWxtEvents(id: string): void }).__forgeWxtEvents(id),
    harness.extensionId,
  );
  expect(await probe.heardUntilFence(page, url, sent)).toEqual(['page:highlights']);

  // 3. A see-through top-layer banner over the toolbar: the click meant for "Accept cookies" saves nothing.
  await selectPhrase(page, DECOYED);
  await toolbarPoint(page);
  await readerPause();
  const under = await toolbarPoint(page);
  sent = (await probe.heardFrom(url)).length;
  await inPage(page, () => (window as unknown as { __decoy(): void }).__decoy(), undefined);
  await page.mouse.click(under.x, under.y);
  expect(await probe.heardUntilFence(page, url, sent)).toEqual(['page:highlights']);
  expect(await paintedTexts(page)).not.toContain(DECOYED);
  // Once the banner is gone, the reader's own click on the toolbar works: the lens is alive.
  await inPage(page, () => (window as unknown as { __removeDecoy(): void }).__removeDecoy(), undefined);
  await selectPhrase(page, DECOYED);
  const shown = await toolbarPoint(page);
  await readerPause();
  await page.mouse.click(shown.x, shown.y);
  await waitForPainted(page, DECOYED);

  // 4. A selection made by script, with a forged mouseup, brings no toolbar; the reader's own key release on it does.
  await inPage(
    page,
    (wanted: string) => (window as unknown as { __selectByScript(text: string): void }).__selectByScript(wanted),
    FADED,
  );
  await lensHadItsTurn(page);
  expect(await inPage(page, findToolbarBox, undefined)).toBe('');
  await page.keyboard.press('Shift');
  await toolbarBox(page);

  // 5. A faded page (opacity .02 hides the toolbar but keeps it clickable): the click saves nothing.
  await inPage(page, () => (window as unknown as { __fade(on: boolean): void }).__fade(true), undefined);
  await selectPhrase(page, FADED);
  const faded = await toolbarPoint(page);
  await readerPause();
  sent = (await probe.heardFrom(url)).length;
  await page.mouse.click(faded.x, faded.y);
  expect(await probe.heardUntilFence(page, url, sent)).toEqual(['page:highlights']);
  expect(await paintedTexts(page)).not.toContain(FADED);
  await inPage(page, () => (window as unknown as { __fade(on: boolean): void }).__fade(false), undefined);
  await inPage(page, () => getSelection()?.removeAllRanges(), undefined);

  // 6. A script's click on painted text opens no card (nor pulls the focus into one).
  const centre = await waitUntil(page, paintedCentre, NOTED, (point) => point !== '', 'the noted highlight on screen');
  const [x, y] = centre.split(' ').map(Number);
  await inPage(
    page,
    ([cx, cy]: number[]) => (window as unknown as { __clickAt(x: number, y: number): void }).__clickAt(cx!, cy!),
    [x!, y!],
  );
  await lensHadItsTurn(page);
  expect(await inPage(page, cardOnScreen, undefined)).toBe(false);

  // 7. The page re-renders the highlighted paragraph while a ticker changes every frame: painted again within 2 s.
  await inPage(page, () => (window as unknown as { __churn(): void }).__churn(), undefined);
  await waitUntil(
    page,
    readPainted,
    undefined,
    (texts) => texts.includes(REPAINTED),
    'the re-rendered quote to be painted again',
    2000,
  );

  // 8. Delete from the card can be undone, note and all.
  await clickPainted(page, NOTED);
  await noteFieldShown(page);
  await pressTimes(page, 'Tab', 11); // Said by, colours (5), note, tags, Save, Copy quote, Delete
  await page.keyboard.press('Enter');
  await waitUntil(page, readPainted, undefined, (texts) => !texts.includes(NOTED), 'the deleted highlight to go');
  await page.keyboard.press('Enter'); // the focus is on Undo
  await waitForPainted(page, NOTED);
  const restored = await popupFor(harness, url);
  const state = await popupShows(restored, (s) => s.items.length === 3, 'three highlights in the popup');
  expect(state.items.find((item) => item.includes(NOTED))).toContain(NOTE);
  await restored.close();

  // 9. The see-through banner over the open card: clicks across its buttons (Copy, Delete, Close) do nothing.
  await clickPainted(page, NOTED);
  await noteFieldShown(page);
  const colour = await inPage(page, colourOf, NOTED);
  const foot = await waitUntil(page, cardFoot, undefined, (found) => found !== '', 'the card on screen');
  const [left, right, bottom] = foot.split(' ').map(Number);
  sent = (await probe.heardFrom(url)).length;
  await inPage(page, () => (window as unknown as { __decoy(): void }).__decoy(), undefined);
  for (let y = bottom! - 6; y > bottom! - 50; y -= 8)
    for (let x = left!; x <= right!; x += 10) await page.mouse.click(x, y);
  expect(await probe.heardUntilFence(page, url, sent)).toEqual(['page:highlights']); // no delete, no change of colour
  await lensHadItsTurn(page);
  expect(await paintedTexts(page)).toContain(NOTED);
  expect(await inPage(page, colourOf, NOTED)).toBe(colour);
  expect(await inPage(page, cardOnScreen, undefined)).toBe(true);
}
