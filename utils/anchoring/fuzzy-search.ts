import search from 'approx-string-match';

/** A fuzzy match of a quote: [start, end) in the text, and its edit distance to the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** Whole-text fuzzy searches go in slices this long, so one pass never blocks for long. */
const SLICE = 150_000;
/** More exact hits of the pieces than this, and checking around each costs more than one full search. */
const MAX_SEED_HITS = 64;

/** Fuzzy matches of `pattern` in text[from, to), searched slice by slice (a step per slice). */
export function* fuzzyIn(
  text: string,
  pattern: string,
  maxErrors: number,
  from: number,
  to: number,
): Generator<void, Candidate[]> {
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

/**
 * Fuzzy matches of `pattern` (up to `maxErrors`), looked for only around exact occurrences of its
 * pieces. Cut into `sureErrors + 1` pieces, a match with at most `sureErrors` errors keeps one
 * piece intact (an edit touches one piece), so every such match is among the results; matches with
 * more errors may be missed. An exact search is far cheaper than a fuzzy one over the whole text.
 * Null when the pieces are too common for that to pay (one step per piece).
 */
export function* seededMatches(
  text: string,
  pattern: string,
  sureErrors: number,
  maxErrors: number,
): Generator<void, Candidate[] | null> {
  const pieceLength = Math.floor(pattern.length / (sureErrors + 1));
  const regions: Array<[number, number]> = [];
  for (let piece = 0; piece <= sureErrors; piece++) {
    const offset = piece * pieceLength;
    const wanted = pattern.slice(offset, piece === sureErrors ? pattern.length : offset + pieceLength);
    for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
      if (regions.length === MAX_SEED_HITS) return null;
      // Where a match holding this piece here can start and end.
      regions.push([at - offset - maxErrors, at - offset + pattern.length + maxErrors]);
    }
    yield;
  }
  regions.sort((a, b) => a[0] - b[0]);
  const found: Candidate[] = [];
  for (let k = 0; k < regions.length; k++) {
    const from = Math.max(0, regions[k]![0]);
    let to = regions[k]![1];
    while (k + 1 < regions.length && regions[k + 1]![0] <= to) to = Math.max(to, regions[++k]![1]);
    for (const match of search(text.slice(from, Math.min(text.length, to)), pattern, maxErrors)) {
      found.push({ start: match.start + from, end: match.end + from, errors: match.errors });
    }
  }
  return found;
}
