import { inflateSync } from 'node:zlib';
import type { Tab } from './harness';
import { inPage, type PageLike } from './page-actions';

/** A decoded screenshot: `rgba` holds four bytes a pixel, row after row. */
export interface Picture {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/** A box on screen in CSS pixels, relative to the window (as getBoundingClientRect gives it). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Rgb = readonly [number, number, number];

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const paeth = (left: number, up: number, upLeft: number) => {
  const guess = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(guess - left), Math.abs(guess - up), Math.abs(guess - upLeft)];
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
};

/**
 * Decodes the PNG files both browsers' screenshots are: 8 bits a channel, RGB or RGBA, not
 * interlaced (anything else is refused by name rather than misread).
 */
export function decodePng(file: Uint8Array): Picture {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (!SIGNATURE.every((byte, k) => bytes[k] === byte)) throw new Error('Not a PNG file');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    at += 12 + length;
    if (type === 'IHDR') {
      const [depth, colourType, interlaced] = [body[8], body[9], body[12]];
      if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlaced !== 0) {
        throw new Error(`Unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlaced}`);
      }
      [width, height, channels] = [body.readUInt32BE(0), body.readUInt32BE(4), colourType === 6 ? 4 : 3];
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
  }
  const packed = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = packed[y * (stride + 1)];
    const from = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[row + x - channels]! : 0;
      const up = y > 0 ? rows[row - stride + x]! : 0;
      const upLeft = x >= channels && y > 0 ? rows[row - stride + x - channels]! : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter!];
      if (predicted === undefined) throw new Error(`Unknown PNG filter ${filter} in row ${y}`);
      rows[row + x] = (packed[from + x]! + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: rows };
  const rgba = new Uint8Array(width * height * 4);
  for (let k = 0; k < width * height; k++) rgba.set([rows[k * 3]!, rows[k * 3 + 1]!, rows[k * 3 + 2]!, 255], k * 4);
  return { width, height, rgba };
}

/**
 * Highlight colours as the reader sees them on a light page: each colour laid over white, opaque
 * (utils/paint/colours.ts). Stated here, not read from there, so the test says what is on screen.
 */
export const PAINTED: Record<'yellow' | 'green', Rgb> = {
  yellow: [255, 237, 140],
  green: [181, 234, 192],
};

/** Whether a pixel is `colour`, give or take what screenshot encoding and blending change. */
export const near =
  (colour: Rgb, tolerance = 10) =>
  (r: number, g: number, b: number) =>
    Math.abs(r - colour[0]) <= tolerance &&
    Math.abs(g - colour[1]) <= tolerance &&
    Math.abs(b - colour[2]) <= tolerance;

/**
 * Whether a pixel belongs to the dotted underline under names: its grey-blue ink (120, 130, 150),
 * whole or blended into the page's near-white by antialiasing. Text is neutral grey, and links are
 * far bluer, so neither passes.
 */
export const underlineInk = (r: number, g: number, b: number) => {
  const share = (250 - r) / 130; // how much ink is in the pixel, from its red
  return (
    share >= 0.2 && share <= 1.1 && Math.abs(g - (250 - share * 120)) <= 10 && Math.abs(b - (250 - share * 100)) <= 10
  );
};

/** Takes a screenshot of the window as it is now and decodes it. */
export async function screenshot(tab: Tab): Promise<Picture> {
  return decodePng(await tab.screenshot());
}

/** The device pixels of a CSS box in a picture of a window `innerWidth` CSS pixels wide. */
function pixelsOf(picture: Picture, box: Box, innerWidth: number) {
  const scale = picture.width / innerWidth;
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max, Math.round(value * scale)));
  return {
    left: clamp(box.left, picture.width),
    right: clamp(box.right, picture.width),
    top: clamp(box.top, picture.height),
    bottom: clamp(box.bottom, picture.height),
  };
}

/**
 * The share (0 to 1) of the boxes' pixels that `matches`; or, `by` columns, of their pixel
 * columns that hold at least one such pixel (a dotted line has gaps between its dots).
 */
export function shareOf(
  picture: Picture,
  boxes: readonly Box[],
  innerWidth: number,
  matches: (r: number, g: number, b: number) => boolean,
  by: 'pixels' | 'columns',
): number {
  let hits = 0;
  let all = 0;
  for (const box of boxes) {
    const { left, right, top, bottom } = pixelsOf(picture, box, innerWidth);
    for (let x = left; x < right; x++) {
      let found = 0;
      for (let y = top; y < bottom; y++) {
        const at = (y * picture.width + x) * 4;
        if (matches(picture.rgba[at]!, picture.rgba[at + 1]!, picture.rgba[at + 2]!)) found++;
      }
      hits += by === 'pixels' ? found : Math.min(found, 1);
      all += by === 'pixels' ? bottom - top : 1;
    }
  }
  return all === 0 ? 0 : hits / all;
}

/**
 * Page-side: scrolls the `occurrence`-th (0-based) place where `phrase` stands in the page's text
 * to the middle of the window and returns the boxes of its lines, shrunk by a pixel on each side
 * (clear of the neighbouring lines' and letters' edges). Text, for the hostile pages' sake.
 */
export const phraseBoxes = ({ phrase, occurrence }: { phrase: string; occurrence: number }) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^(SCRIPT|STYLE|TEXTAREA)$/.test(node.parentElement?.tagName ?? '')) continue;
    for (let at = (node as Text).data.indexOf(phrase); at >= 0; at = (node as Text).data.indexOf(phrase, at + 1)) {
      if (seen++ < occurrence) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      return [...range.getClientRects()]
        .filter((rect) => rect.width > 2 && rect.height > 2)
        .map((rect) => `${rect.left + 1} ${rect.top + 1} ${rect.right - 1} ${rect.bottom - 1}`)
        .join(',');
    }
  }
  return '';
};

/**
 * Page-side: which occurrence of `name` in the page's text (counted as `phraseBoxes` counts) is
 * the first one underlined outside a link (a link's own underline would hide the lens's), or -1.
 */
export const underlinedOccurrence = (name: string) => {
  const ranges = [...(CSS.highlights.get('interview-lens-mention') ?? [])] as Range[];
  const range = ranges.find(
    (candidate) => candidate.toString() === name && !candidate.startContainer.parentElement?.closest('a'),
  );
  if (!range) return -1;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (/^(SCRIPT|STYLE|TEXTAREA)$/.test(node.parentElement?.tagName ?? '')) continue;
    for (let at = (node as Text).data.indexOf(name); at >= 0; at = (node as Text).data.indexOf(name, at + 1)) {
      if (node === range.startContainer && at === range.startOffset) return seen;
      seen++;
    }
  }
  return -1;
};

const parseBoxes = (text: string): Box[] =>
  text
    .split(',')
    .filter(Boolean)
    .map((box) => {
      const [left, top, right, bottom] = box.split(' ').map(Number);
      return { left: left!, top: top!, right: right!, bottom: bottom! };
    });

/** Where a phrase's lines are drawn (scrolled into view); fails if it is not on the page. */
export async function boxesOf(page: PageLike, phrase: string, occurrence = 0): Promise<Box[]> {
  const boxes = parseBoxes(await inPage(page, phraseBoxes, { phrase, occurrence }));
  if (!boxes.length) throw new Error(`“${phrase}” (occurrence ${occurrence}) is not on the page`);
  return boxes;
}

/** The band under each box where an underline is drawn (it sits a few pixels below the text's baseline). */
export const underlineBands = (boxes: readonly Box[]): Box[] =>
  boxes.map((box) => ({ ...box, top: box.bottom - 4, bottom: box.bottom + 5 }));

export interface PixelCheck {
  /** What is looked for, for the failure message ("yellow under “…”"). */
  what: string;
  boxes: readonly Box[];
  by: 'pixels' | 'columns';
  matches: (r: number, g: number, b: number) => boolean;
  /** The share that says it is drawn (what is drawn covers far more: see each check). */
  least: number;
  /** The share that says it is not (antialiased letters can pass for a few pixels). */
  most: number;
}

/** Measures a check in a fresh screenshot of the tab. */
export async function measured(tab: Tab, check: PixelCheck): Promise<number> {
  const innerWidth = await inPage(tab, () => window.innerWidth, undefined);
  return shareOf(await screenshot(tab), check.boxes, innerWidth, check.matches, check.by);
}

/**
 * Waits until the check's colour is drawn in a screenshot (at least `least` of its pixels or
 * columns): painting follows the registry by a frame or more on a busy machine.
 */
export async function waitForPixels(tab: Tab, check: PixelCheck, timeoutMs = 10_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let share = 0;
  do {
    share = await measured(tab, check);
    if (share >= check.least) return share;
    await new Promise((resolve) => setTimeout(resolve, 200));
  } while (Date.now() < deadline);
  throw new Error(`Expected at least ${check.least} of the ${check.by} to be ${check.what}; ${share.toFixed(3)} were`);
}

/** Checks that the check's colour is not drawn (at most `most` of its pixels or columns) in a screenshot taken now. */
export async function expectNoPixels(tab: Tab, check: PixelCheck): Promise<number> {
  const share = await measured(tab, check);
  if (share > check.most)
    throw new Error(`Expected at most ${check.most} of the ${check.by} to be ${check.what}; ${share.toFixed(3)} were`);
  return share;
}

/**
 * A highlight's colour over the lines of a phrase. Painted, it fills about three quarters of the
 * text's boxes (the letters take the rest); unpainted, no pixel of it is there.
 */
export const paintedIn = (colour: keyof typeof PAINTED, phrase: string, boxes: readonly Box[]): PixelCheck => ({
  what: `${colour} over “${phrase}”`,
  boxes,
  by: 'pixels',
  matches: near(PAINTED[colour]),
  least: 0.3,
  most: 0.02,
});

/**
 * The dotted underline under a name: drawn, its dots reach about half the columns under the
 * name; not drawn, the letters' own grey edges pass for its ink in a few columns (2-3 %).
 */
export const underlined = (name: string, boxes: readonly Box[]): PixelCheck => ({
  what: `the dotted underline under “${name}”`,
  boxes: underlineBands(boxes),
  by: 'columns',
  matches: underlineInk,
  least: 0.25,
  most: 0.1,
});
