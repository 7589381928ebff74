import type { TextIndex } from '../text/text-index';
import type { AnchorState, Selectors } from './selectors';

export interface Anchor {
  state: AnchorState;
  /** 1 when the saved position still holds the exact quote; lower when chosen among repeats. */
  confidence: number;
  start: number;
  end: number;
}

const MAX_OCCURRENCES = 1000;

/** Length of the common run where `a` ends and `b` ends (how much of a prefix still matches). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Re-finds a saved quote in the page text: first at its saved position, then among all exact
 * occurrences, preferring the one whose surrounding text matches the saved prefix/suffix, and then
 * the one nearest the saved position. Not found means orphaned: a wrong place is worse than none.
 */
export function anchorQuote(text: string, selectors: Selectors): Anchor {
  const { exact, prefix, suffix } = selectors.quote;
  const { start, end } = selectors.position;
  const orphan: Anchor = { state: 'orphaned', confidence: 0, start: -1, end: -1 };
  if (!exact) return orphan;
  if (end - start === exact.length && text.startsWith(exact, start)) {
    return { state: 'anchored', confidence: 1, start, end };
  }
  let best = orphan;
  let bestScore = -Infinity;
  let found = 0;
  for (let at = text.indexOf(exact); at >= 0 && found < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    found++;
    const before = commonSuffix(text.slice(Math.max(0, at - prefix.length), at), prefix);
    const after = commonPrefix(text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    const context = (before + after) / Math.max(1, prefix.length + suffix.length);
    const nearness = 1 / (1 + Math.abs(at - start) / 1000);
    const score = context * 2 + nearness;
    if (score > bestScore) {
      bestScore = score;
      best = { state: 'anchored', confidence: Math.min(0.99, 0.5 + context / 2), start: at, end: at + exact.length };
    }
  }
  return best;
}

/** Anchors a highlight against an index and returns the DOM range to paint, if any. */
export function anchorRange(index: TextIndex, selectors: Selectors): { anchor: Anchor; range: Range | null } {
  const anchor = anchorQuote(index.text, selectors);
  const range = anchor.state === 'orphaned' ? null : index.rangeFor(anchor.start, anchor.end);
  return { anchor: range ? anchor : { ...anchor, state: 'orphaned' }, range };
}
