import type { TextIndex } from '../text/text-index';
import type { Selectors } from './selectors';

/** About this much context is kept on each side of a quote, then widened to whole words. */
export const CONTEXT_CHARS = 32;
const MAX_CONTEXT_CHARS = 64;

function widenLeft(text: string, from: number): number {
  let start = Math.max(0, from - CONTEXT_CHARS);
  const floor = Math.max(0, from - MAX_CONTEXT_CHARS);
  while (start > floor && text[start - 1] !== ' ') start--;
  return start;
}

function widenRight(text: string, to: number): number {
  let end = Math.min(text.length, to + CONTEXT_CHARS);
  const ceiling = Math.min(text.length, to + MAX_CONTEXT_CHARS);
  while (end < ceiling && text[end] !== ' ') end++;
  return end;
}

/**
 * Selectors for [start, end) of the index text, trimmed of surrounding spaces.
 * Returns null when the span holds no visible text (a whitespace-only selection).
 */
export function describeOffsets(index: TextIndex, start: number, end: number): Selectors | null {
  const { text } = index;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end <= start) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(widenLeft(text, start), start),
      suffix: text.slice(end, widenRight(text, end)),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** Selectors for a DOM range (e.g. the reader's selection) over the indexed root. */
export function describeRange(index: TextIndex, range: Range): Selectors | null {
  const start = index.offsetAt(range.startContainer, range.startOffset);
  const end = index.offsetAt(range.endContainer, range.endOffset);
  return describeOffsets(index, start, end);
}
