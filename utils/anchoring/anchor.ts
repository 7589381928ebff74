import type { TextIndex } from '../text/text-index';
import { fuzzyIn, seededMatches, type Candidate } from './fuzzy-search';
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
/** A quote found exactly where its neighbours moved to is taken there if its context holds this well. */
const SHIFTED_CONTEXT = 0.9;
/** Whole-text searches first look around exact pieces this long (see `seededMatches`). */
const SEED_PIECE = 10;

const ORPHAN: Anchor = { state: 'orphaned', confidence: 0, start: -1, end: -1 };

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

/** A fuzzy match's score, 0–1: mostly the quote itself, then its context, a little its nearness. */
const fuzzyScore = (quote: number, context: { before: number; after: number }, near: number) =>
  (50 * quote + 20 * context.before + 20 * context.after + 2 * near) / 92;

/** The quote exactly where a recent shift of the page puts it, with its context intact. */
function shiftedExact(text: string, selectors: Selectors, shifts: readonly number[]): Anchor | null {
  const { exact } = selectors.quote;
  for (const shift of shifts) {
    const at = selectors.position.start + shift;
    if (at < 0 || !text.startsWith(exact, at)) continue;
    const { before, after } = contextOf(text, at, at + exact.length, selectors);
    const context = (before + after) / 2;
    if (context >= SHIFTED_CONTEXT)
      return { state: 'anchored', confidence: Math.min(1, 0.7 + context * 0.3), start: at, end: at + exact.length };
  }
  return null;
}

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

const maxErrorsOf = (exact: string) => Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));

/** The best-scoring candidate above the minimum score, or null. */
function bestOf(text: string, selectors: Selectors, candidates: Candidate[]): Anchor | null {
  const { exact } = selectors.quote;
  let best: Anchor | null = null;
  for (const candidate of candidates) {
    const quote = 1 - candidate.errors / exact.length;
    if (quote < MIN_QUOTE_SIMILARITY) continue;
    const score = fuzzyScore(
      quote,
      contextOf(text, candidate.start, candidate.end, selectors),
      nearness(candidate.start, selectors.position.start),
    );
    if (score >= MIN_SCORE && score > (best?.confidence ?? 0)) {
      best = { state: 'approximate', confidence: score, start: candidate.start, end: candidate.end };
    }
  }
  return best;
}

function* bestFuzzy(text: string, selectors: Selectors, from: number, to: number): Generator<void, Anchor | null> {
  const { exact } = selectors.quote;
  const candidates =
    exact.length > LONG_QUOTE
      ? yield* longQuoteCandidates(text, exact, from, to)
      : yield* fuzzyIn(text, exact, maxErrorsOf(exact), from, to);
  return bestOf(text, selectors, candidates);
}

/**
 * The best fuzzy match anywhere in the text, for a quote not found near its saved position
 * (`window` characters either side). It first looks only around exact pieces of the quote: that
 * finds every match with up to `sure` errors, and its best is kept when no match it could have
 * missed (more errors, starting outside the window) could score higher even with perfect context.
 * Otherwise the whole text is searched.
 */
function* bestAnywhere(text: string, selectors: Selectors, window: number): Generator<void, Anchor | null> {
  const { exact } = selectors.quote;
  const sure = Math.floor(exact.length / SEED_PIECE) - 1;
  if (exact.length <= LONG_QUOTE && sure >= 1) {
    const seeded = yield* seededMatches(text, exact, sure, maxErrorsOf(exact));
    const best = seeded && bestOf(text, selectors, seeded);
    const missedAtBest = fuzzyScore(
      1 - (sure + 1) / exact.length,
      { before: 1, after: 1 },
      nearness(window - exact.length, 0),
    );
    if (best && best.confidence >= missedAtBest) return best;
  }
  return yield* bestFuzzy(text, selectors, 0, text.length);
}

/**
 * Re-finds a saved quote in the page text: at its saved position, or where `shifts` (how far the
 * text moved at highlights found before, newest first) put it; else among its exact occurrences,
 * chosen by surrounding text and nearness; else by fuzzy matching near the saved position, near
 * the shifted ones, then anywhere, accepted only above a minimum score. Otherwise the highlight is
 * an orphan: a wrong place is worse than none. Each step of the search is one `next()`, so callers
 * can spread a long search over several tasks.
 */
export function* anchorSteps(
  text: string,
  selectors: Selectors,
  shifts: readonly number[] = [],
): Generator<void, Anchor> {
  if (!isUsable(selectors) || !text) return ORPHAN;
  const { exact } = selectors.quote;
  const { start, end } = selectors.position;
  if (end - start === exact.length && text.startsWith(exact, start)) {
    return { state: 'anchored', confidence: 1, start, end };
  }
  const exactMatch = shiftedExact(text, selectors, shifts) ?? bestExact(text, selectors);
  if (exactMatch) return exactMatch;
  yield;
  const window = Math.max(2000, exact.length * 2);
  for (const centre of [start, ...shifts.map((shift) => start + shift)]) {
    const hint = Math.min(Math.max(0, centre), text.length);
    const near = yield* bestFuzzy(text, selectors, hint - window, hint + exact.length + window);
    if (near) return near;
  }
  return (yield* bestAnywhere(text, selectors, window)) ?? ORPHAN;
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
