import { SETTLE_MS } from '../../../utils/lens/click-guard';

/**
 * Reader actions shared by the Chromium (Playwright) and Firefox (Puppeteer) suites. Both page
 * objects have this shape, so every step runs identically in both browsers.
 */
export interface PageLike {
  // Playwright's and Puppeteer's `evaluate` differ in their generics; both accept this.
  // biome-ignore lint/suspicious/noExplicitAny: the two drivers' generics accept nothing narrower
  evaluate(fn: (arg: any) => unknown, arg?: any): Promise<unknown>;
  mouse: {
    click(x: number, y: number, options?: { button?: 'left' | 'right' }): Promise<void>;
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
  keyboard: {
    press(key: string): Promise<void>;
    type(text: string): Promise<void>;
    down(key: string): Promise<void>;
    up(key: string): Promise<void>;
  };
  // biome-ignore lint/suspicious/noExplicitAny: as evaluate above
  frames(): Array<{ url(): string; evaluate(fn: (arg: any) => unknown, arg?: any): Promise<unknown> }>;
}

/** Runs `fn` in the page with a typed result. */
export const inPage = <R, A>(page: PageLike, fn: (arg: A) => R, arg: A): Promise<Awaited<R>> =>
  page.evaluate(fn, arg) as Promise<Awaited<R>>;

/** Polls a page-side condition until it holds (or fails with the last value seen). */
export async function waitUntil<T, A>(
  page: PageLike,
  fn: (arg: A) => T,
  arg: A,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    try {
      last = (await inPage(page, fn, arg)) as T;
      if (done(last)) return last;
    } catch {
      // navigating: try again
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
}

/** Selects the first occurrence of `phrase` in the page text, then releases Shift as a keyboard selection would. */
export async function selectPhrase(page: PageLike, phrase: string): Promise<void> {
  const found = await inPage(
    page,
    (wanted: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(wanted);
        if (at < 0 || /^(SCRIPT|STYLE)$/.test(node.parentElement?.tagName ?? '')) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const selection = getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return true;
      }
      return false;
    },
    phrase,
  );
  if (!found) throw new Error(`Phrase not on the page: ${phrase}`);
  await page.keyboard.press('Shift');
}

/**
 * Page-side: scrolls the first occurrence of `phrase` to the middle of the window and returns where
 * its first and last characters are drawn, as "left y right y" (text, as for `findToolbarBox`), or
 * "covered" while something else (the lens's last message) is drawn over either end.
 */
const phraseEnds = (wanted: string) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(wanted);
    if (at < 0 || /^(SCRIPT|STYLE)$/.test(node.parentElement?.tagName ?? '')) continue;
    (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const first = document.createRange();
    first.setStart(node, at);
    first.setEnd(node, at + 1);
    const last = document.createRange();
    last.setStart(node, at + wanted.length - 1);
    last.setEnd(node, at + wanted.length);
    const [a, b] = [first.getBoundingClientRect(), last.getBoundingClientRect()];
    const [startY, endY] = [a.top + a.height / 2, b.top + b.height / 2];
    const own = (x: number, y: number) => document.elementFromPoint(x, y) === node.parentElement;
    if (!own(a.left + 1, startY) || !own(b.right - 1, endY)) return 'covered';
    return `${a.left} ${startY} ${b.right} ${endY}`;
  }
  return '';
};

const selectedText = () => getSelection()?.toString().replace(/\s+/g, ' ') ?? '';

/**
 * Selects `phrase` as a reader does with the mouse: once nothing covers it, presses just inside
 * its first character, drags to just inside its last, and lets go; then checks that the browser
 * selected exactly the phrase. A reader whose drag started on something that appeared over the
 * text just then (the lens's message about the last action) drags again, and so does this.
 */
export async function dragSelect(page: PageLike, phrase: string): Promise<void> {
  let selected = '';
  for (let attempt = 0; attempt < 3 && selected !== phrase; attempt++) {
    const ends = await waitUntil(page, phraseEnds, phrase, (found) => found !== 'covered', `nothing over “${phrase}”`);
    if (!ends) throw new Error(`Phrase not on the page: ${phrase}`);
    const [left, startY, right, endY] = ends.split(' ').map(Number);
    await page.mouse.move(left! + 1, startY!);
    await page.mouse.down();
    await page.mouse.move(right! - 1, endY!, { steps: 8 });
    await page.mouse.up();
    selected = await waitUntil(
      page,
      selectedText,
      undefined,
      (text) => text === phrase,
      `the drag to select “${phrase}”`,
      2000,
    ).catch(() => inPage(page, selectedText, undefined));
  }
  if (selected !== phrase) throw new Error(`Dragging over “${phrase}” selected “${selected}”`);
}

/**
 * Waits until the lens has had its turn at what the page just received (a key release, a click
 * or a selection). It answers on the spot or after one timer turn (the toolbar's update), and
 * React commits what it decides right after, in the same turn or in a task it posts then. The
 * page's timers and posted tasks run in order, so after a timer turn, a posted task and another
 * timer turn here, whatever the lens was going to show is in the page (hit tests lay it out).
 * No animation frame: a tab that is not in front may get none.
 */
export const lensHadItsTurn = (page: PageLike): Promise<unknown> =>
  page.evaluate(
    () =>
      new Promise((done) =>
        setTimeout(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => setTimeout(done, 0);
          channel.port2.postMessage('');
        }, 0),
      ),
  );

/**
 * Waits until the page has dispatched the scroll events of what a page-side step just scrolled into
 * view. They come with the next frame, and the lens closes a hover tooltip or an open card when the
 * page scrolls: a pointer move or a shortcut sent before them is undone by them on a busy machine.
 * The timer covers a tab that gets no frames (one not in front).
 */
export const scrollDispatched = (page: PageLike): Promise<unknown> =>
  page.evaluate(
    () =>
      new Promise((done) => {
        requestAnimationFrame(() => setTimeout(done, 0));
        setTimeout(done, 1000);
      }),
  );

/**
 * Page-side: the toolbar's box on screen as "left top right bottom", or "" when it is not shown.
 * Its closed shadow root hides it from selectors, so we look for it as a reader does: on screen,
 * just above or below the selection. A coarse grid finds it (hit-testing a 5 MB page costs about
 * 0.2 ms a point), then single-pixel steps from that point find its edges.
 * Text, because a hostile page that sabotages its own built-ins (Object.keys) breaks the drivers'
 * passing of objects, while strings still cross intact.
 * (No named helpers inside: tsx would wrap them in a helper the page lacks.)
 */
export const findToolbarBox = () => {
  const selection = getSelection();
  if (!selection || selection.rangeCount === 0) return '';
  const rect = selection.getRangeAt(0).getBoundingClientRect();
  const TAG = 'INTERVIEW-LENS-UI';
  let hitX = -1;
  let hitY = -1;
  for (let y = Math.max(1, rect.top - 70); y < rect.bottom + 70 && hitX < 0; y += 8) {
    for (let x = 1; x < innerWidth; x += 12) {
      if (document.elementFromPoint(x, y)?.tagName === TAG) {
        hitX = x;
        hitY = y;
        break;
      }
    }
  }
  if (hitX < 0) return '';
  let top = hitY;
  let bottom = hitY;
  while (top > 0 && document.elementFromPoint(hitX, top - 1)?.tagName === TAG) top--;
  while (bottom < innerHeight && document.elementFromPoint(hitX, bottom + 1)?.tagName === TAG) bottom++;
  // Edges along the middle row and column, clear of the rounded corners.
  const midY = Math.round((top + bottom) / 2);
  let left = hitX;
  let right = hitX;
  while (left > 0 && document.elementFromPoint(left - 1, midY)?.tagName === TAG) left--;
  while (right < innerWidth && document.elementFromPoint(right + 1, midY)?.tagName === TAG) right++;
  const midX = Math.round((left + right) / 2);
  top = midY;
  bottom = midY;
  while (top > 0 && document.elementFromPoint(midX, top - 1)?.tagName === TAG) top--;
  while (bottom < innerHeight && document.elementFromPoint(midX, bottom + 1)?.tagName === TAG) bottom++;
  return `${left} ${top} ${right} ${bottom}`;
};

type Box = { left: number; top: number; right: number; bottom: number };
const parseBox = (text: string): Box => {
  const [left, top, right, bottom] = text.split(' ').map(Number);
  return { left: left!, top: top!, right: right!, bottom: bottom! };
};

/** Waits for the selection toolbar and returns its box on screen. */
export async function toolbarBox(page: PageLike, timeoutMs?: number): Promise<Box> {
  return parseBox(
    await waitUntil(page, findToolbarBox, undefined, (box) => box !== '', 'the selection toolbar', timeoutMs),
  );
}

/** Waits for the selection toolbar and returns where its "Highlight" button (the first) is. */
export async function toolbarPoint(page: PageLike, timeoutMs?: number): Promise<{ x: number; y: number }> {
  const box = await toolbarBox(page, timeoutMs);
  return { x: box.left + 14, y: (box.top + box.bottom) / 2 };
}

/** A reader sees the toolbar before clicking it; the lens ignores clicks that come sooner (decoys). */
export const readerPause = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 100));

/** Waits until no selection toolbar is shown (before a nearby selection gets its own). */
export const toolbarClosed = (page: PageLike) =>
  waitUntil(page, findToolbarBox, undefined, (box) => box === '', 'the toolbar to close');

/** Highlights the selection in a colour through the toolbar's colour dots (18 px, 6 px apart). */
export async function highlightSelectionInColour(
  page: PageLike,
  colour: 'green' | 'blue' | 'pink' | 'purple',
): Promise<void> {
  await toolbarBox(page);
  await readerPause();
  const box = await toolbarBox(page);
  const fromRight = { green: 3, blue: 2, pink: 1, purple: 0 }[colour];
  await page.mouse.click(box.right - 15 - fromRight * 24, (box.top + box.bottom) / 2);
}

export async function highlightSelectionWithToolbar(page: PageLike): Promise<void> {
  await toolbarPoint(page);
  await readerPause();
  const point = await toolbarPoint(page); // where it settled (the page may have been scrolling)
  await page.mouse.click(point.x, point.y);
}

/** Select → Highlight → painted; returns once its toolbar is gone (the next selection gets its own). */
export async function highlightPhrase(page: PageLike, phrase: string): Promise<void> {
  await selectPhrase(page, phrase);
  await highlightSelectionWithToolbar(page);
  await waitForPainted(page, phrase);
  await toolbarClosed(page);
}

/** Page-side: text of every range in the page's CSS highlight registry (whitespace collapsed). */
export const readPainted = () => {
  const texts: string[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (name === 'interview-lens-mention') return;
    for (const range of highlight) texts.push((range as Range).toString().replace(/\s+/g, ' '));
  });
  return texts;
};

export const paintedTexts = (page: PageLike): Promise<string[]> => inPage(page, readPainted, undefined);

export const waitForPainted = (page: PageLike, text: string) =>
  waitUntil(page, readPainted, undefined, (texts) => texts.includes(text), `"${text}" to be painted`);

/** Names of IndexedDB databases in the visited page's own origin. */
export const pageDatabases = (page: PageLike): Promise<string[]> =>
  inPage(page, async () => (await indexedDB.databases()).map((db) => db.name ?? ''), undefined);

/** Page-side: which highlight colours paint which texts ({ "interview-lens-blue": [...] }). */
const readPaintedByName = () => {
  const byName: Record<string, string[]> = {};
  CSS.highlights.forEach((highlight, name) => {
    byName[name] = [];
    for (const range of highlight) byName[name]!.push((range as Range).toString().replace(/\s+/g, ' '));
  });
  return byName;
};

export const waitForColour = (page: PageLike, text: string, colour: string) =>
  waitUntil(
    page,
    readPaintedByName,
    undefined,
    (byName) => byName[`interview-lens-${colour}`]?.includes(text) === true,
    `"${text}" painted ${colour}`,
  );

/** Clicks the middle of a painted highlight, as a reader clicks highlighted text. */
export async function clickPainted(page: PageLike, text: string): Promise<void> {
  const point = await waitUntil(
    page,
    (wanted: string) => {
      let found = null as { x: number; y: number } | null;
      for (const highlight of CSS.highlights.values()) {
        for (const range of highlight) {
          if (found || (range as Range).toString().replace(/\s+/g, ' ') !== wanted) continue;
          const rect = (range as Range).getClientRects()[0];
          if (rect) found = { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
        }
      }
      return found;
    },
    text,
    (value) => value !== null,
    `"${text}" to be painted`,
  );
  await page.mouse.click(point!.x, point!.y);
}

/**
 * Waits until the open card's note field has loaded in its frame, as a reader sees it before
 * tabbing there. Firefox's driver does not show extension frames (they stay "about:blank" to it),
 * so there the wait is a reader's look at the card.
 */
export async function noteFieldShown(page: PageLike): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const frames = page.frames().slice(1);
    const editors = frames.filter((frame) => frame.url().includes('/note-editor.html'));
    for (const frame of editors) {
      if (await frame.evaluate(() => document.querySelector('textarea') !== null).catch(() => false)) return;
    }
    // The page's own frames (a video embed) may sit beside it; a blank one that never shows the editor is Firefox's view of it.
    if (editors.length === 0 && frames.some((frame) => frame.url() === 'about:blank')) {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      if (!page.frames().some((frame) => frame.url().includes('/note-editor.html'))) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `Timed out waiting for the note field; frames: ${page
      .frames()
      .map((frame) => frame.url())
      .join(' ')}`,
  );
}

/**
 * Presses a key `times` times at a brisk reader's pace. Back to back, Chromium can lose a Tab that
 * leaves the card's note frame (another process) while the previous move of the focus is under way.
 */
export async function pressTimes(page: PageLike, key: string, times: number): Promise<void> {
  for (let k = 0; k < times; k++) {
    await page.keyboard.press(key);
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
}
