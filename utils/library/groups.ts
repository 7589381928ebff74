import type { ArticleRecord, HighlightRecord } from '../db/records';
import { tidy } from './fold';
import type { LibraryRow } from './rows';

// Names that several views group or filter rows by, read the same way everywhere.
export const speakerNames = (row: LibraryRow): string[] =>
  row.highlight.speaker ? [tidy(row.highlight.speaker.name)] : [];
export const projectNames = (row: LibraryRow): string[] => (row.highlight.projects ?? []).map(tidy);

/** Rows that share a name (a tag, a person, a project…), however each row spells it. */
export interface NamedGroup<N extends string> {
  /** The folded name the rows were merged under. */
  key: string;
  /** The spelling most rows use (`mostCommon`). */
  name: N;
  rows: LibraryRow[];
}

/**
 * Groups rows by the names `namesOf` reads from each, merging names with the same `keyOf`; a row
 * counts once per group even if it names the same thing twice. Rows keep their order inside a
 * group; groups come largest first, then by key, so dropdowns and lists read the same every time.
 */
export function groupByName<N extends string>(
  rows: readonly LibraryRow[],
  namesOf: (row: LibraryRow) => readonly N[],
  keyOf: (name: string) => string,
): NamedGroup<N>[] {
  const groups = new Map<string, { rows: LibraryRow[]; spellings: Map<N, number> }>();
  // A few names recur over thousands of rows: each spelling is folded once.
  const keys = new Map<string, string>();
  const keyOfName = (name: string) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = keyOf(name)));
    return key;
  };
  for (const row of rows) {
    const seen = new Set<string>();
    for (const name of namesOf(row)) {
      const key = keyOfName(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { rows: [], spellings: new Map() }));
      group.rows.push(row);
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
    }
  }
  return [...groups]
    .map(([key, group]) => ({ key, name: mostCommon(group.spellings), rows: group.rows }))
    .sort((a, b) => largestFirst(a.key, a.rows.length, b.key, b.rows.length));
}

/** Groups largest first, then by key: the order of every list and dropdown of names. */
export const largestFirst = (keyA: string, sizeA: number, keyB: string, sizeB: number): number =>
  sizeB - sizeA || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0);

// A spelling with capitals ("vLLM") is the careful one; an all-lower-case one was likely typed in
// haste, so it wins only by being more common.
const hasCapital = (name: string) => name !== name.toLowerCase();

/**
 * The spelling most rows use; of equally common ones, one with capitals, then the first in code
 * order, so the choice does not depend on the order rows came in (the library's dropdowns count
 * rows as they arrive and go).
 */
export function mostCommon<N extends string>(counts: ReadonlyMap<N, number>): N {
  let best: N | undefined;
  let bestCount = 0;
  for (const [name, count] of counts) {
    const better =
      count > bestCount ||
      (count === bestCount && (hasCapital(name) === hasCapital(best!) ? name < best! : hasCapital(name)));
    if (better) [best, bestCount] = [name, count];
  }
  return best!; // groups are only created with a first spelling
}

/** Highlights of one article, in the order of the rows they came from. */
export interface ArticleGroup {
  article: ArticleRecord;
  highlights: HighlightRecord[];
}

/** Rows cut by article, keeping their order: rows from joinRows give articles newest first, quotes in text order. */
export function groupByArticle(rows: readonly LibraryRow[]): ArticleGroup[] {
  const groups = new Map<string, ArticleGroup>();
  for (const { article, highlight } of rows) {
    const group = groups.get(article.id);
    if (group) group.highlights.push(highlight);
    else groups.set(article.id, { article, highlights: [highlight] });
  }
  return [...groups.values()];
}
