import { finish, type Steps } from '../pace/steps';
import { firstAbove } from './first-above';
import { ELEMENT_NODE, isBlock, isSkipped, TEXT_NODE } from './elements';

/**
 * A normalised view of the text under a root element, built in one pass and mapped both ways to
 * DOM positions. Normalisation: whitespace runs (and NBSP) become one space, element boundaries of
 * block elements and `<br>` separate words, zero-width characters and soft hyphens vanish, text is
 * NFC. Capture (describe) and re-finding (anchor) both go through it, so they always agree.
 */
export interface TextBlock {
  /** [start, end) of the block's own text in `text`, trimmed of spaces. */
  start: number;
  end: number;
  /** The paragraph-level element (p, li, h2, blockquote…) the text belongs to. */
  element: Element;
}

export interface TextIndexOptions {
  /** Leaves out more subtrees than the defaults (e.g. an article's sidebars and comments). */
  skip?: (element: Element) => boolean;
}

export interface TextIndex {
  readonly text: string;
  /** The text cut into paragraph-level blocks, in document order, empty ones left out. */
  blocks(): TextBlock[];
  /** The same blocks, made in steps (the first time: they are kept). */
  blockSteps(): Steps<TextBlock[]>;
  /** DOM range for [start, end) of `text`, or null if that span holds no indexed text. */
  rangeFor(start: number, end: number): Range | null;
  /** Offset in `text` of a DOM boundary point (as found in a Range or Selection). */
  offsetAt(container: Node, offset: number): number;
}

const FOLLOWING = 4;
const CONTAINED_BY = 16;

const isSpace = (code: number): boolean =>
  code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0;
// Zero-width characters, the soft hyphen, and bidirectional marks and isolates: they change how
// text is drawn, not what it says, and would hide a name from matching ("said ⁨Yara Khoury⁩").
// One list, as a regex class for the regexes below and as a test per character code.
const INVISIBLES = '\\u00ad\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufeff';
const INVISIBLE = new RegExp(`[${INVISIBLES}]`);
const EVERY_INVISIBLE = new RegExp(INVISIBLE.source, 'g');
const isInvisible = (code: number): boolean => code >= 0xad && INVISIBLE.test(String.fromCharCode(code));
const isGapChar = (code: number): boolean => isSpace(code) || isInvisible(code);
// Characters NFC may change: combining marks, Hangul jamo, and the few singletons NFC replaces
// (Ω Ohm sign, K Kelvin sign, Å Angstrom sign, CJK compatibility ideographs). Curly quotes and
// dashes, on nearly every line of an article, do not need the costly normalize() call.
const MAY_NEED_NFC = /[\p{M}\u1100-\u11ff\u2126\u212a\u212b\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u;
/** A piece of page text as the index writes it: composed, without invisible characters, spaces collapsed. */
export const asIndexed = (raw: string): string =>
  raw.normalize('NFC').replace(EVERY_INVISIBLE, '').replace(/\s+/g, ' ');

/** Anything outside Basic Latin, Latin-1 and general punctuation: a cheap test before MAY_NEED_NFC. */
const BEYOND_LATIN = /[^\u0000-\u02ff\u2000-\u206f]/;
/** Where a gap starts that is more than one plain space: other whitespace, invisibles, or two spaces. */
const SPECIAL_GAP = new RegExp(`[\\t\\n\\f\\r\\u00a0${INVISIBLES}]| {2}`, 'g');
/** A base character (or surrogate pair) with its combining marks. */
const CLUSTER = /[\s\S]\p{M}*/gu;

class Builder {
  /**
   * The text so far: joined pieces of up to PARTS_PER_JOIN parts, then the parts since. Joining as
   * the walk goes spreads the work over its steps; one join of a huge page's parts is a long task.
   */
  readonly joined: string[] = [];
  private parts: string[] = [];
  length = 0;
  /**
   * Offsets in each text node's own data, stored piecewise: from text offset `pieceAt[p]` on,
   * characters map to `pieceRaw[p]` onwards (or all to `pieceRaw[p]` where `pieceFlat[p]`, for
   * spaces and composed characters). One piece per copied stretch, not one entry per character.
   */
  readonly pieceAt: number[] = [];
  readonly pieceRaw: number[] = [];
  readonly pieceFlat: boolean[] = [];
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly rawEnds: number[] = [];
  /** A space is owed before the next visible character (collapsed whitespace or a boundary). */
  pendingSpace = false;
  /** Where the owed space came from inside the current node, or -1 when from elsewhere. */
  pendingRaw = -1;

  text(): string {
    return [...this.joined, ...this.parts].join('');
  }

  /** Where each block element's text starts, in document order. */
  readonly blockStarts: Array<{ at: number; element: Element }> = [];

  enterBlock(element: Element): void {
    this.boundary();
    this.blockStarts.push({ at: this.length, element });
  }

  boundary(): void {
    if (this.length > 0) {
      this.pendingSpace = true;
      this.pendingRaw = -1;
    }
  }

  private push(chunk: string, rawStart: number, sameRaw: boolean): void {
    this.pieceAt.push(this.length);
    this.pieceRaw.push(rawStart);
    this.pieceFlat.push(sameRaw);
    this.parts.push(chunk);
    if (this.parts.length === PARTS_PER_JOIN) {
      this.joined.push(this.parts.join(''));
      this.parts = [];
    }
    this.length += chunk.length;
  }

  addText(node: Text): void {
    const data = node.data;
    const compose = BEYOND_LATIN.test(data) && MAY_NEED_NFC.test(data) && data.normalize('NFC') !== data;
    let segmentStart = -1;

    // Appends data[from, to) (visible characters and single spaces), paying any owed space first.
    const emit = (from: number, to: number) => {
      if (to <= from) return;
      if (this.pendingSpace) {
        this.push(' ', segmentStart >= 0 ? this.pendingRaw : -1, true);
        this.pendingSpace = false;
      }
      if (segmentStart < 0) segmentStart = this.length;
      if (!compose) {
        this.push(data.slice(from, to), from, false);
        return;
      }
      // Each base character with its combining marks is composed and mapped to the base's offset.
      CLUSTER.lastIndex = from;
      for (let match = CLUSTER.exec(data); match && match.index < to; match = CLUSTER.exec(data)) {
        this.push(match[0].normalize('NFC'), match.index, true);
      }
    };

    // Whitespace and invisible characters in data[from, to): pays nothing now, owes one space.
    const gap = (from: number, to: number) => {
      let spaced = false;
      for (let k = from; k < to && !spaced; k++) spaced = isSpace(data.charCodeAt(k));
      if (spaced && this.length > 0 && !this.pendingSpace) {
        this.pendingSpace = true;
        this.pendingRaw = segmentStart >= 0 ? from : -1;
      }
    };
    const gapEnd = (from: number) => {
      let end = from;
      while (end < data.length && isGapChar(data.charCodeAt(end))) end++;
      return end;
    };

    // Single spaces between words stay inside a stretch copied as it is (the common case, kept
    // cheap); only other gaps (line breaks, runs of spaces, NBSP, invisibles, edges) split it.
    let runFrom = gapEnd(0);
    gap(0, runFrom);
    SPECIAL_GAP.lastIndex = runFrom;
    for (let match = SPECIAL_GAP.exec(data); match; match = SPECIAL_GAP.exec(data)) {
      let at = match.index;
      while (at > runFrom && data.charCodeAt(at - 1) === 32) at--;
      const end = gapEnd(match.index);
      emit(runFrom, at);
      gap(at, end);
      runFrom = end;
      SPECIAL_GAP.lastIndex = end;
    }
    let tail = data.length;
    while (tail > runFrom && data.charCodeAt(tail - 1) === 32) tail--;
    emit(runFrom, tail);
    gap(tail, data.length);

    if (segmentStart >= 0) {
      this.nodes.push(node);
      this.starts.push(segmentStart);
      this.ends.push(this.length);
      this.rawEnds.push(lastVisibleEnd(data));
    }
    // Trailing whitespace owed from here is paid before the next node's segment, outside this one.
    this.pendingRaw = -1;
  }
}

function lastVisibleEnd(data: string): number {
  let end = data.length;
  while (end > 0 && isGapChar(data.charCodeAt(end - 1))) end--;
  return end;
}

/** How many nodes the walk visits, and how many blocks are cut, between pauses. */
const NODES_PER_STEP = 256;
const PARTS_PER_JOIN = 1024;
const BLOCKS_PER_STEP = 4096;

function* walk(root: Element, builder: Builder, skip: (element: Element) => boolean): Steps<void> {
  let node: Node | null = root.firstChild;
  let visited = 0;
  outer: while (node) {
    if (++visited % NODES_PER_STEP === 0) yield;
    let enter = false;
    if (node.nodeType === TEXT_NODE) builder.addText(node as Text);
    else if (node.nodeType === ELEMENT_NODE && !skip(node as Element)) {
      if (isBlock(node as Element)) builder.enterBlock(node as Element);
      enter = node.firstChild !== null;
    }
    if (enter) {
      node = node.firstChild;
      continue;
    }
    // Leave this node, and every ancestor whose last child it was.
    for (;;) {
      if (node.nodeType === ELEMENT_NODE && isBlock(node as Element)) builder.boundary();
      if (node.nextSibling) {
        node = node.nextSibling;
        continue outer;
      }
      node = node.parentNode;
      if (!node || node === root) break outer;
    }
  }
}

/** First index in [lo, hi) whose value satisfies `test` (which must be monotone false → true). */
function firstTrue(lo: number, hi: number, test: (index: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// The two searches behind every offset → DOM mapping, without a callback per step: an interview's
// thousands of name underlines each need several.
/** First index whose value is at least `value`, in an ascending array of integers. */
const firstAtLeast = (values: readonly number[], value: number): number => firstAbove(values, value - 1);

export const buildTextIndex = (root: Element, options: TextIndexOptions = {}): TextIndex =>
  finish(textIndexSteps(root, options));

/** Builds the index in steps: a page's whole text is read in one walk, which a huge page makes long. */
export function* textIndexSteps(root: Element, options: TextIndexOptions = {}): Steps<TextIndex> {
  const builder = new Builder();
  const extra = options.skip;
  yield* walk(root, builder, extra ? (element) => isSkipped(element) || extra(element) : isSkipped);
  yield;
  const text = builder.text();
  yield;
  const { nodes, starts, ends, rawEnds, pieceAt, pieceRaw, pieceFlat } = builder;
  /** Offset in its text node of the character at text offset k (k inside some segment). */
  const raw = (k: number): number => {
    const piece = firstAbove(pieceAt, k) - 1;
    return pieceFlat[piece] ? pieceRaw[piece]! : pieceRaw[piece]! + (k - pieceAt[piece]!);
  };
  /** Each text node's segment, made on the first offset asked for (reading a page's text never asks). */
  let segmentOf: Map<Node, number> | undefined;
  const doc = root.ownerDocument;
  let blocks: TextBlock[] | undefined;

  function* blockSteps(): Steps<TextBlock[]> {
    if (blocks) return blocks; // the analysis and the underlines both ask
    const { blockStarts } = builder;
    const made: TextBlock[] = [];
    for (const [k, { at, element }] of blockStarts.entries()) {
      if (k % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
      let start = at;
      let end = blockStarts[k + 1]?.at ?? text.length;
      while (start < end && text[start] === ' ') start++;
      while (end > start && text[end - 1] === ' ') end--;
      if (end > start) made.push({ start, end, element });
    }
    blocks = made;
    return blocks;
  }

  /** Index of the first segment at or after a DOM point outside any indexed text node. */
  const firstSegmentFrom = (container: Node, offset: number): number => {
    const children = container.childNodes;
    if (container.nodeType !== TEXT_NODE && offset < children.length) {
      const ref = children[offset]!;
      return firstTrue(
        0,
        nodes.length,
        (k) => nodes[k] === ref || (ref.compareDocumentPosition(nodes[k]!) & (FOLLOWING | CONTAINED_BY)) !== 0,
      );
    }
    const after = container.nodeType === TEXT_NODE && offset === 0 ? null : container;
    if (!after) {
      return firstTrue(
        0,
        nodes.length,
        (k) => nodes[k] === container || (container.compareDocumentPosition(nodes[k]!) & FOLLOWING) !== 0,
      );
    }
    return firstTrue(0, nodes.length, (k) => {
      const relation = after.compareDocumentPosition(nodes[k]!);
      return (relation & FOLLOWING) !== 0 && (relation & CONTAINED_BY) === 0;
    });
  };

  return {
    text,
    blocks: () => finish(blockSteps()),
    blockSteps,
    offsetAt(container, offset) {
      segmentOf ??= new Map(nodes.map((node, index) => [node, index]));
      const segment = segmentOf.get(container);
      if (segment !== undefined) {
        const start = starts[segment]!;
        const end = ends[segment]!;
        return firstTrue(start, end, (k) => raw(k) >= offset);
      }
      const next = firstSegmentFrom(container, offset);
      return next < nodes.length ? starts[next]! : text.length;
    },
    rangeFor(start, end) {
      start = Math.max(0, start);
      end = Math.min(text.length, end);
      if (end <= start) return null;
      const first = firstAbove(ends, start);
      const last = firstAtLeast(starts, end) - 1;
      if (first >= nodes.length || last < first) return null;
      const from = Math.max(start, starts[first]!);
      const to = Math.min(end, ends[last]!);
      const rawEnd = to < ends[last]! ? raw(to) : rawEnds[last]!;
      const range = doc.createRange();
      range.setStart(nodes[first]!, raw(from));
      range.setEnd(nodes[last]!, rawEnd);
      return range;
    },
  };
}
