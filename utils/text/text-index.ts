import { isBlock, isSkipped } from './elements';

/**
 * A normalised view of the text under a root element, built in one pass and mapped both ways to
 * DOM positions. Normalisation: whitespace runs (and NBSP) become one space, element boundaries of
 * block elements and `<br>` separate words, zero-width characters and soft hyphens vanish, text is
 * NFC. Capture (describe) and re-finding (anchor) both go through it, so they always agree.
 */
export interface TextIndex {
  readonly text: string;
  /** DOM range for [start, end) of `text`, or null if that span holds no indexed text. */
  rangeFor(start: number, end: number): Range | null;
  /** Offset in `text` of a DOM boundary point (as found in a Range or Selection). */
  offsetAt(container: Node, offset: number): number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const FOLLOWING = 4;
const CONTAINED_BY = 16;

const isSpace = (code: number): boolean =>
  code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 0xa0;
const isInvisible = (code: number): boolean =>
  code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff || code === 0xad;
// Characters NFC may change: anything from the combining range on.
const MAY_NEED_NFC = /[\u0300-\uffff]/;

class Builder {
  readonly parts: string[] = [];
  length = 0;
  raw = new Int32Array(1024);
  readonly nodes: Text[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly rawEnds: number[] = [];
  /** A space is owed before the next visible character (collapsed whitespace or a boundary). */
  pendingSpace = false;
  /** Where the owed space came from inside the current node, or -1 when from elsewhere. */
  pendingRaw = -1;

  boundary(): void {
    if (this.length > 0) {
      this.pendingSpace = true;
      this.pendingRaw = -1;
    }
  }

  private push(chunk: string, rawStart: number, sameRaw: boolean): void {
    const needed = this.length + chunk.length;
    if (needed > this.raw.length) {
      const grown = new Int32Array(Math.max(needed, this.raw.length * 2));
      grown.set(this.raw);
      this.raw = grown;
    }
    for (let k = 0; k < chunk.length; k++) this.raw[this.length + k] = sameRaw ? rawStart : rawStart + k;
    this.parts.push(chunk);
    this.length = needed;
  }

  addText(node: Text): void {
    const data = node.data;
    const slow = MAY_NEED_NFC.test(data) && data.normalize('NFC') !== data;
    let segmentStart = -1;
    let runStart = -1; // start of a run of characters copied verbatim
    const flushRun = (end: number) => {
      if (runStart >= 0 && end > runStart) this.push(data.slice(runStart, end), runStart, false);
      runStart = -1;
    };
    // Called before each visible character: pays an owed space and opens this node's segment.
    const beforeVisible = () => {
      const inSegment = segmentStart >= 0;
      if (this.pendingSpace) {
        this.push(' ', inSegment ? this.pendingRaw : -1, true);
        this.pendingSpace = false;
      }
      if (!inSegment) segmentStart = this.length;
    };
    let i = 0;
    while (i < data.length) {
      const code = data.charCodeAt(i);
      if (isSpace(code) || isInvisible(code)) {
        flushRun(i);
        if (isSpace(code) && this.length > 0 && !this.pendingSpace) {
          this.pendingSpace = true;
          this.pendingRaw = segmentStart >= 0 ? i : -1;
        }
        i++;
        continue;
      }
      if (slow) {
        // Compose one base character with its combining marks, all mapped to the base's offset.
        let j = i + (code >= 0xd800 && code < 0xdc00 && i + 1 < data.length ? 2 : 1);
        while (j < data.length && /\p{M}/u.test(data[j]!)) j++;
        flushRun(i);
        beforeVisible();
        this.push(data.slice(i, j).normalize('NFC'), i, true);
        i = j;
        continue;
      }
      if (runStart < 0) {
        beforeVisible();
        runStart = i;
      }
      i++;
    }
    flushRun(data.length);
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
  while (end > 0 && (isSpace(data.charCodeAt(end - 1)) || isInvisible(data.charCodeAt(end - 1)))) end--;
  return end;
}

function walk(root: Element, builder: Builder): void {
  let node: Node | null = root.firstChild;
  outer: while (node) {
    let enter = false;
    if (node.nodeType === TEXT_NODE) builder.addText(node as Text);
    else if (node.nodeType === ELEMENT_NODE && !isSkipped(node as Element)) {
      if (isBlock(node as Element)) builder.boundary();
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

export function buildTextIndex(root: Element): TextIndex {
  const builder = new Builder();
  walk(root, builder);
  const text = builder.parts.join('');
  const { raw, nodes, starts, ends, rawEnds } = builder;
  const segmentOf = new Map<Node, number>();
  nodes.forEach((node, index) => segmentOf.set(node, index));
  const doc = root.ownerDocument;

  /** Index of the first segment at or after a DOM point outside any indexed text node. */
  const firstSegmentFrom = (container: Node, offset: number): number => {
    const children = container.childNodes;
    if (container.nodeType !== TEXT_NODE && offset < children.length) {
      const ref = children[offset]!;
      return firstTrue(0, nodes.length, (k) => nodes[k] === ref || (ref.compareDocumentPosition(nodes[k]!) & (FOLLOWING | CONTAINED_BY)) !== 0);
    }
    const after = container.nodeType === TEXT_NODE && offset === 0 ? null : container;
    if (!after) {
      return firstTrue(0, nodes.length, (k) => nodes[k] === container || (container.compareDocumentPosition(nodes[k]!) & FOLLOWING) !== 0);
    }
    return firstTrue(0, nodes.length, (k) => {
      const relation = after.compareDocumentPosition(nodes[k]!);
      return (relation & FOLLOWING) !== 0 && (relation & CONTAINED_BY) === 0;
    });
  };

  return {
    text,
    offsetAt(container, offset) {
      const segment = segmentOf.get(container);
      if (segment !== undefined) {
        const start = starts[segment]!;
        const end = ends[segment]!;
        return firstTrue(start, end, (k) => raw[k]! >= offset);
      }
      const next = firstSegmentFrom(container, offset);
      return next < nodes.length ? starts[next]! : text.length;
    },
    rangeFor(start, end) {
      start = Math.max(0, start);
      end = Math.min(text.length, end);
      if (end <= start) return null;
      const first = firstTrue(0, nodes.length, (k) => ends[k]! > start);
      const last = firstTrue(0, nodes.length, (k) => starts[k]! >= end) - 1;
      if (first >= nodes.length || last < first) return null;
      const from = Math.max(start, starts[first]!);
      const to = Math.min(end, ends[last]!);
      const rawEnd = to < ends[last]! ? raw[to]! : rawEnds[last]!;
      const range = doc.createRange();
      range.setStart(nodes[first]!, raw[from]!);
      range.setEnd(nodes[last]!, rawEnd);
      return range;
    },
  };
}
