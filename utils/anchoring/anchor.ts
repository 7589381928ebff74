import search from 'approx-string-match';
import type { TextIndex } from '../text/text-index';
import type { AnchorState, Selectors } from './selectors';
import { similarity } from './similarity';

export interface Anchor {
  state: AnchorState;
  /** How sure the match is, 0–1. */
  confidence: number;
  start: number;
  end: number;
}

/** A fuzzy match must keep this share of the quote's characters… */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** …and reach this weighted score of quote, context and position; below it the highlight is an orphan. */
export const MIN_SCORE = 0.7;
/** Quotes longer than this are matched by their head and tail. */
const LONG_QUOTE = 300;
const HEAD_TAIL = 64;
const MAX_OCCURRENCES = 1000;
/** Short quotes repeated on a page need some surrounding text to tell the occurrences apart. */
const SHORT_QUOTE = 24;
const MIN_CONTEXT_FOR_REPEATS = 0.3;
/** Whole-text fuzzy searches go in slices this long, so one pass never blocks for long. */
const SLICE = 150_000;

const ORPHAN: Anchor = { state: 'orphaned', confidence: 0, start: -1, end: -1 };

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function contextOf(text: string, start: number, end: number, selectors: Selectors) {
  const { prefix = '', suffix = '' } = selectors.quote;
  return {
    before: similarity(text.slice(Math.max(0, start - prefix.length), start), prefix),
    after: similarity(text.slice(end, end + suffix.length), suffix),
  };
}

/** Saved selectors can be damaged (an old or hand-edited backup): such a highlight is an orphan. */
function isUsable(selectors: Selectors): boolean {
  const quote = selectors?.quote as Partial<Selectors['quote']> | undefined;
  const position = selectors?.position as Partial<Selectors['position']> | undefined;
  return (
    typeof quote?.exact === 'string' &&
    quote.exact.length > 0 &&
    typeof position?.start === 'number' &&
    typeof position.end === 'number' &&
    (quote.prefix === undefined || typeof quote.prefix === 'string') &&
    (quote.suffix === undefined || typeof quote.suffix === 'string')
  );
}

/** Nearness to the saved position: 1 there, falling off over a few thousand characters. */
const nearness = (at: number, hint: number) => 1 / (1 + Math.abs(at - hint) / 2000);

function bestExact(text: string, selectors: Selectors): Anchor | null {
  const { exact } = selectors.quote;
  const hint = selectors.position.start;
  let best: { at: number; context: number; score: number } | null = null;
  let count = 0;
  for (let at = text.indexOf(exact); at >= 0 && count < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    count++;
    const { before, after } = contextOf(text, at, at + exact.length, selectors);
    const context = (before + after) / 2;
    const score = context * 10 + nearness(at, hint);
    if (!best || score > best.score) best = { at, context, score };
  }
  if (!best) return null;
  const ambiguous = count > 1 && best.context < MIN_CONTEXT_FOR_REPEATS;
  if (ambiguous && exact.length < SHORT_QUOTE) return null;
  return {
    state: 'anchored',
    confidence: ambiguous ? 0.6 : Math.min(1, 0.7 + best.context * 0.3),
    start: best.at,
    end: best.at + exact.length,
  };
}

/** Fuzzy matches of `pattern` in text[from, to), searched slice by slice (a step per slice). */
function* fuzzyIn(text: string, pattern: string, maxErrors: number, from: number, to: number): Generator<void, Candidate[]> {
  const found: Candidate[] = [];
  const end = Math.min(text.length, to);
  for (let sliceStart = Math.max(0, from); sliceStart < end; sliceStart += SLICE) {
    const sliceEnd = Math.min(end, sliceStart + SLICE + pattern.length + maxErrors);
    for (const match of search(text.slice(sliceStart, sliceEnd), pattern, maxErrors)) {
      found.push({ start: match.start + sliceStart, end: match.end + sliceStart, errors: match.errors });
    }
    yield;
  }
  return found;
}

/** Candidates for a long quote: its head and tail found close together, at about the right distance. */
function* longQuoteCandidates(text: string, exact: string, from: number, to: number): Generator<void, Candidate[]> {
  const head = exact.slice(0, HEAD_TAIL);
  const tail = exact.slice(-HEAD_TAIL);
  const maxErrors = Math.floor(HEAD_TAIL * (1 - MIN_QUOTE_SIMILARITY));
  const heads = yield* fuzzyIn(text, head, maxErrors, from, to);
  if (!heads.length) return [];
  const tails = yield* fuzzyIn(text, tail, maxErrors, from, to + exact.length);
  const candidates: Candidate[] = [];
  for (const h of heads) {
    for (const t of tails) {
      const lengthChange = Math.abs(t.end - h.start - exact.length);
      if (t.start < h.end || lengthChange > exact.length * (1 - MIN_QUOTE_SIMILARITY)) continue;
      // Errors in head and tail, plus whatever length the middle gained or lost.
      candidates.push({ start: h.start, end: t.end, errors: h.errors + t.errors + lengthChange });
    }
  }
  return candidates;
}

function* bestFuzzy(text: string, selectors: Selectors, from: number, to: number): Generator<void, Anchor | null> {
  const { exact } = selectors.quote;
  const candidates =
    exact.length > LONG_QUOTE
      ? yield* longQuoteCandidates(text, exact, from, to)
      : yield* fuzzyIn(text, exact, Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY)), from, to);
  let best: Anchor | null = null;
  for (const candidate of candidates) {
    const quote = 1 - candidate.errors / exact.length;
    if (quote < MIN_QUOTE_SIMILARITY) continue;
    const { before, after } = contextOf(text, candidate.start, candidate.end, selectors);
    const score = (50 * quote + 20 * before + 20 * after + 2 * nearness(candidate.start, selectors.position.start)) / 92;
    if (score >= MIN_SCORE && score > (best?.confidence ?? 0)) {
      best = { state: 'approximate', confidence: score, start: candidate.start, end: candidate.end };
    }
  }
  return best;
}

/**
 * Re-finds a saved quote in the page text: at its saved position; else among its exact
 * occurrences, chosen by surrounding text and nearness; else by fuzzy matching near the saved
 * position, then anywhere, accepted only above a minimum score. Otherwise the highlight is an
 * orphan: a wrong place is worse than none. Each step of the search is one `next()`, so callers
 * can spread a long search over several tasks.
 */
export function* anchorSteps(text: string, selectors: Selectors): Generator<void, Anchor> {
  if (!isUsable(selectors) || !text) return ORPHAN;
  const { exact } = selectors.quote;
  const { start, end } = selectors.position;
  if (end - start === exact.length && text.startsWith(exact, start)) {
    return { state: 'anchored', confidence: 1, start, end };
  }
  const exactMatch = bestExact(text, selectors);
  if (exactMatch) return exactMatch;
  yield;
  const window = Math.max(2000, exact.length * 2);
  const hint = Math.min(Math.max(0, start), text.length);
  const near = yield* bestFuzzy(text, selectors, hint - window, hint + exact.length + window);
  return near ?? (yield* bestFuzzy(text, selectors, 0, text.length)) ?? ORPHAN;
}

/** `anchorSteps` run to the end in one go. */
export function anchorQuote(text: string, selectors: Selectors): Anchor {
  const steps = anchorSteps(text, selectors);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** The DOM range to paint for an anchor (none for an orphan, or if the text has no nodes). */
export function rangeOf(index: TextIndex, anchor: Anchor): { anchor: Anchor; range: Range | null } {
  const range = anchor.state === 'orphaned' ? null : index.rangeFor(anchor.start, anchor.end);
  return { anchor: range ? anchor : ORPHAN, range };
}
