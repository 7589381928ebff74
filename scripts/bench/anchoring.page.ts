// Runs inside headless Chromium (bundled by esbuild): the real anchoring code against a real DOM.
import search from 'approx-string-match';
import { toRange as peerToRange, fromRange as peerFromRange } from 'dom-anchor-text-quote';
import { anchorQuote, MIN_QUOTE_SIMILARITY, rangeOf } from '../../utils/anchoring/anchor';
import { anchorAll, type Pacing } from '../../utils/anchoring/anchor-all';
import { describeOffsets } from '../../utils/anchoring/describe';
import type { Selectors } from '../../utils/anchoring/selectors';
import { similarity } from '../../utils/anchoring/similarity';
import { buildTextIndex } from '../../utils/text/text-index';
import { paragraphs as articleParagraphs, seeded } from './article';

type Saved = Selectors & { id: string };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const article = () => document.querySelector('article')!;
const paragraphsOnPage = () => [...document.querySelectorAll('p')];

/** Picks `count` quotes, each inside a different paragraph, from whole words. */
function pickQuotes(count: number, random: () => number): Saved[] {
  const index = buildTextIndex(document.body);
  const paragraphs = paragraphsOnPage();
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(random() * paragraphs.length));
  return [...chosen].map((k, n) => {
    const text = paragraphs[k]!.textContent!;
    const words = [...text.matchAll(/\S+/g)];
    const first = Math.floor(random() * (words.length - 12));
    const last = Math.min(words.length - 1, first + 6 + Math.floor(random() * 20));
    const start = index.offsetAt(paragraphs[k]!.firstChild!, words[first]!.index!);
    const end = index.offsetAt(paragraphs[k]!.firstChild!, words[last]!.index! + words[last]![0].length);
    return { id: `q${n}`, ...describeOffsets(index, start, end)! };
  });
}

/** A quote's text node and offsets in it: edits and moves keep the node, so this says where the quote went. */
type Spot = { id: string; node: Text; start: number; end: number };

/** The text node holding a saved quote on the unchanged page, and the quote's offsets in it. */
function quoteNode(saved: Saved): { node: Text; start: number; end: number } {
  const range = buildTextIndex(document.body).rangeFor(saved.position.start, saved.position.end)!;
  return { node: range.startContainer as Text, start: range.startOffset, end: range.endOffset };
}

/** Changes about 5 % of a quote's letters in place (the publisher "edited" it; positions stay). */
function substituteLetters(saved: Saved, random: () => number): void {
  const { node, start, end } = quoteNode(saved);
  const chars = [...node.data];
  const edits = Math.max(1, Math.round((end - start) * 0.05));
  for (let k = 0; k < edits; k++) {
    const at = start + Math.floor(random() * (end - start));
    if (chars[at] !== ' ') chars[at] = chars[at] === 'x' ? 'y' : 'x';
  }
  node.data = chars.join('');
}

/** Edits about 5 % of a quote's characters, mixing insertions, deletions and substitutions; returns where the edited quote is. */
function editMixed({ id, node, start, end }: Spot, random: () => number): Spot {
  const quote = [...node.data.slice(start, end)];
  const edits = Math.max(1, Math.round(quote.length * 0.05));
  for (let k = 0; k < edits; k++) {
    // Inside the quote, never at its ends: the quote still starts and ends where the truth says.
    const at = 1 + Math.floor(random() * (quote.length - 2));
    const kind = k % 3;
    if (kind === 0) quote.splice(at, 0, 'q');
    else if (kind === 1) quote.splice(at, 1);
    else quote[at] = quote[at] === 'x' ? 'y' : 'x';
  }
  const edited = quote.join('');
  node.data = node.data.slice(0, start) + edited + node.data.slice(end);
  return { id, node, start, end: start + edited.length };
}

/** Moves the paragraph holding the quote about `distance` paragraphs away (wrapping around the article). */
function moveParagraphOf(spot: Spot, distance: number): void {
  const paragraph = spot.node.parentElement!;
  const all: HTMLElement[] = paragraphsOnPage();
  const target = all[(all.indexOf(paragraph) + distance) % all.length]!;
  target.after(paragraph);
}

const spotOf = (saved: Saved): Spot => ({ id: saved.id, ...quoteNode(saved) });

/** Where each quote is now in the page text, to tell a right anchor from a wrong one. */
function truthOf(spots: Spot[]): Map<string, { start: number; end: number }> {
  const index = buildTextIndex(document.body);
  return new Map(
    spots.map(({ id, node, start, end }) => [
      id,
      { start: index.offsetAt(node, start), end: index.offsetAt(node, end) },
    ]),
  );
}

/** How many anchors were found, and how many of those are not where the quote now is. */
function score(
  anchors: Map<string, { state: string; start: number; end: number }>,
  truth: Map<string, { start: number; end: number }>,
) {
  let found = 0;
  let misplaced = 0;
  for (const [id, expected] of truth) {
    const anchor = anchors.get(id);
    if (!anchor || anchor.state === 'orphaned') continue;
    found++;
    if (Math.abs(anchor.start - expected.start) > 2 || Math.abs(anchor.end - expected.end) > 2) misplaced++;
  }
  return { found, misplaced };
}

/**
 * The peer for edited quotes, the way Hypothesis's client anchors: approx-string-match over the
 * whole text for each quote, then the best match by quote, context and position. It gets the same
 * error bound as ours, so both accept the same matches.
 */
function peerFuzzy(text: string, saved: Saved): { state: string; start: number; end: number } {
  const { exact, prefix = '', suffix = '' } = saved.quote;
  const maxErrors = Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY));
  let best: { score: number; start: number; end: number } | null = null;
  for (const match of search(text, exact, maxErrors)) {
    const quote = 1 - match.errors / exact.length;
    const before = similarity(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix);
    const after = similarity(text.slice(match.end, match.end + suffix.length), suffix);
    const near = 1 - Math.min(1, Math.abs(match.start - saved.position.start) / text.length);
    const value = 50 * quote + 20 * before + 20 * after + 2 * near;
    if (!best || value > best.score) best = { score: value, start: match.start, end: match.end };
  }
  return best ? { state: 'approximate', ...best } : { state: 'orphaned', start: -1, end: -1 };
}

/** Anchoring paced as on a page, recording the longest stretch of work between two pauses. */
function pacedRun(): { pacing: Pacing; longest: () => number } {
  let resumed = performance.now();
  let longest = 0;
  const pacing: Pacing = {
    sliceMs: 8,
    budgetMs: 10_000,
    now: () => performance.now(),
    pause: async () => {
      longest = Math.max(longest, performance.now() - resumed);
      await new Promise((resolve) => setTimeout(resolve, 0));
      resumed = performance.now();
    },
  };
  return { pacing, longest: () => Math.max(longest, performance.now() - resumed) };
}

/** Our runs (a text pass, every quote anchored, its ranges made), timed, with the longest task among them. */
async function timeOurs(quotes: Saved[], runs: number) {
  const times: number[] = [];
  let longestTask = 0;
  let anchors = new Map<string, { state: string; start: number; end: number }>();
  for (let run = 0; run < runs; run++) {
    const paced = pacedRun();
    const started = performance.now();
    const index = buildTextIndex(document.body);
    const found = await anchorAll(index.text, quotes, paced.pacing);
    for (const quote of quotes) rangeOf(index, found.get(quote.id)!);
    times.push(performance.now() - started);
    longestTask = Math.max(longestTask, paced.longest());
    anchors = found;
    // A timer's turn between runs, as between page loads.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { ms: median(times), longestTask, anchors };
}

export async function runAnchoringBench(options: { runs: number; peerRuns: number }) {
  const original = article().innerHTML;
  const restore = () => void (article().innerHTML = original);
  const random = seeded(42);
  const saved = pickQuotes(200, random);
  const textChars = buildTextIndex(document.body).text.length;
  let longestTask = 0;

  // The floor is cheap and noisy (garbage collection): take more samples of it.
  const textPass = median(Array.from({ length: options.runs * 3 }, () => time(() => buildTextIndex(document.body))));

  // Unchanged page: every saved position still holds.
  const exact = await timeOurs(saved, options.runs);
  longestTask = Math.max(longestTask, exact.longestTask);
  const index = buildTextIndex(document.body);
  const peerSelectors = saved.map((quote) => ({
    id: quote.id,
    selector: peerFromRange(document.body, index.rangeFor(quote.position.start, quote.position.end)!),
    hint: quote.position.start,
  }));
  const peerExact = Array.from({ length: options.peerRuns }, () =>
    time(() => {
      for (const { selector, hint } of peerSelectors) peerToRange(document.body, selector, { hint });
    }),
  );

  // Stale positions: 2,000 characters inserted near the top, three paragraphs moved far; the peer gets the same hints.
  const spots = saved.map(spotOf);
  const inserted = document.createElement('p');
  inserted.textContent = articleParagraphs(2000, seeded(9)).join(' ').slice(0, 2000);
  paragraphsOnPage()[2]!.before(inserted);
  for (const k of [20, 90, 150]) moveParagraphOf(spots[k]!, 120);
  const shiftedTruth = truthOf(spots);
  const shifted = await timeOurs(saved, options.runs);
  longestTask = Math.max(longestTask, shifted.longestTask);
  const shiftedScore = score(shifted.anchors, shiftedTruth);
  const peerShifted = Array.from({ length: options.peerRuns }, () =>
    time(() => {
      for (const { selector, hint } of peerSelectors) peerToRange(document.body, selector, { hint });
    }),
  );
  restore();

  // Letters substituted in place in 100 quotes: positions hold, the nearby search finds them.
  const substituted = saved.slice(0, 100);
  for (const quote of substituted) substituteLetters(quote, random);
  const fuzzy = await timeOurs(substituted, options.runs);
  longestTask = Math.max(longestTask, fuzzy.longestTask);
  // Every fuzzy match must be the edited quote itself, at its place.
  const check = buildTextIndex(document.body).text;
  const fuzzyMisplaced = substituted.filter((quote) => {
    const anchor = anchorQuote(check, quote);
    return anchor.state !== 'orphaned' && Math.abs(anchor.start - quote.position.start) > 2;
  }).length;
  restore();

  // 100 quotes edited by insertions, deletions and substitutions; 10 of their paragraphs moved far away.
  const mixed = saved.slice(100, 200);
  // Every quote located before any edit: an edit shifts the saved positions of those after it.
  const editedSpots = mixed.map(spotOf).map((spot) => editMixed(spot, random));
  editedSpots.slice(0, 10).forEach((spot, k) => {
    moveParagraphOf(spot, 150 + k * 13);
  });
  const mixedTruth = truthOf(editedSpots);
  const ours = await timeOurs(mixed, options.runs);
  longestTask = Math.max(longestTask, ours.longestTask);
  const mixedScore = score(ours.anchors, mixedTruth);
  const peerMixed: number[] = [];
  let peerMixedScore = { found: 0, misplaced: 0 };
  for (let run = 0; run < options.peerRuns; run++) {
    const started = performance.now();
    const text = buildTextIndex(document.body).text;
    const anchors = new Map(mixed.map((quote) => [quote.id, peerFuzzy(text, quote)]));
    peerMixed.push(performance.now() - started);
    peerMixedScore = score(anchors, mixedTruth);
  }
  restore();

  return {
    text_chars: textChars,
    text_pass_ms: textPass,
    anchor_exact_200_ms: exact.ms,
    anchor_exact_found: [...exact.anchors.values()].filter((anchor) => anchor.state !== 'orphaned').length,
    peer_anchor_exact_200_ms: median(peerExact),
    anchor_shifted_200_ms: shifted.ms,
    anchor_shifted_found: shiftedScore.found,
    anchor_shifted_misplaced: shiftedScore.misplaced,
    peer_anchor_shifted_200_ms: median(peerShifted),
    anchor_fuzzy_100_ms: fuzzy.ms,
    anchor_fuzzy_longest_task_ms: fuzzy.longestTask,
    anchor_fuzzy_found: [...fuzzy.anchors.values()].filter((anchor) => anchor.state !== 'orphaned').length,
    anchor_fuzzy_misplaced: fuzzyMisplaced,
    anchor_fuzzy_mixed_100_ms: ours.ms,
    anchor_fuzzy_mixed_found: mixedScore.found,
    anchor_fuzzy_mixed_misplaced: mixedScore.misplaced,
    peer_anchor_fuzzy_mixed_100_ms: median(peerMixed),
    peer_anchor_fuzzy_mixed_found: peerMixedScore.found,
    anchor_longest_task_ms: longestTask,
  };
}

(window as unknown as { runAnchoringBench: typeof runAnchoringBench }).runAnchoringBench = runAnchoringBench;
