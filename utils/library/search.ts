import { fold } from './fold';
import type { LibraryRow } from './rows';

/** The folded text of one row, whole and by field, computed once so each keystroke only scans strings. */
interface Haystack {
  all: string;
  speaker: string;
  tags: string;
  projects: string;
  site: string;
  colour: string;
}

/** Where a term must occur: anywhere (`all`) or in one field, after a prefix such as `speaker:`. */
export type SearchField = keyof Haystack;

export interface SearchIndex {
  readonly rows: readonly LibraryRow[];
  readonly haystacks: readonly Haystack[];
}

/** A part of the query: folded text that must occur in one field of a row. */
export interface SearchTerm {
  field: SearchField;
  text: string;
}

/** Haystacks built before, by highlight id, with the versions of the highlight and article they were built from. */
export type HaystackCache = Map<string, { highlightAt: number; articleAt: number; haystack: Haystack }>;

/**
 * Folds every row once; build it again when the rows change. Titles, sites, names and tags repeat
 * across many rows, so each distinct one is folded only once. Given the cache of an earlier build,
 * only rows new or changed since are folded: sync may add rows every second to a library of
 * 10,000, and folding them all again each time would hold the page's thread.
 */
export function buildSearchIndex(rows: readonly LibraryRow[], cache: HaystackCache = new Map()): SearchIndex {
  const folded = new Map<string, string>();
  const foldShared = (text: string) => {
    let result = folded.get(text);
    if (result === undefined) folded.set(text, (result = fold(text)));
    return result;
  };
  // Fields joined by a line break, which folding never leaves inside a field or a query term, so
  // a phrase cannot match across the end of a quote and the start of a title.
  const joined = (parts: readonly string[]) => parts.filter(Boolean).join('\n');

  const haystackOf = ({ highlight, article, articleMissing }: LibraryRow): Haystack => {
    const speaker = highlight.speaker ? foldShared(highlight.speaker.name) : '';
    const tags = joined(highlight.tags.map(foldShared));
    const projects = joined((highlight.projects ?? []).map(foldShared));
    // A stand-in article's title is not something the reader saved, so it is not searched.
    const title = articleMissing ? '' : foldShared(article.title);
    const site = articleMissing ? '' : foldShared(article.site);
    return {
      all: joined([fold(highlight.quote.exact), fold(highlight.note), title, tags, projects, site, speaker]),
      speaker,
      tags,
      projects,
      site,
      colour: highlight.colour,
    };
  };
  const haystacks = rows.map((row) => {
    // A stand-in article's updatedAt is its highlights' newest: -1 keeps it apart from a real article's.
    const articleAt = row.articleMissing ? -1 : row.article.updatedAt;
    const kept = cache.get(row.highlight.id);
    if (kept?.highlightAt === row.highlight.updatedAt && kept.articleAt === articleAt) return kept.haystack;
    const haystack = haystackOf(row);
    cache.set(row.highlight.id, { highlightAt: row.highlight.updatedAt, articleAt, haystack });
    return haystack;
  });
  return { rows, haystacks };
}

/** Prefixes that narrow a term to one field ("speaker:antiga"); `color:` is accepted too. */
const PREFIXES: Readonly<Partial<Record<string, SearchField>>> = {
  speaker: 'speaker',
  tag: 'tags',
  project: 'projects',
  site: 'site',
  colour: 'colour',
  color: 'colour',
};

// An optional `prefix:`, then a quoted phrase (its closing quote may not be typed yet) or a word.
const TOKEN = /(?:(\p{L}+):)?(?:"([^"]*)"?|([^\s"]*))/gu;

/**
 * Splits a query into terms: words, and "quoted phrases" kept whole (curly quotes count). A known
 * prefix binds the word or phrase after it to that field; an unknown one (`http:`) is plain text.
 * A bare prefix, as while typing "speaker:", adds nothing.
 */
export function parseQuery(query: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  for (const [, prefix, phrase, word] of query.replace(/[“”„]/g, '"').matchAll(TOKEN)) {
    const value = phrase ?? word ?? '';
    const field = prefix ? PREFIXES[prefix.toLowerCase()] : 'all';
    const text = fold(field ? value : `${prefix}:${value}`);
    if (text) terms.push({ field: field ?? 'all', text });
  }
  return terms;
}

/**
 * Rows matching every term (AND), each term found anywhere in its field: the quote, note, tags,
 * projects, article title, site and speaker name, ignoring case, accents and spacing. Rows keep
 * the index's order; an empty query returns them all.
 */
export function search(index: SearchIndex, query: string): LibraryRow[] {
  const terms = parseQuery(query);
  if (terms.length === 0) return [...index.rows];
  const found: LibraryRow[] = [];
  index.haystacks.forEach((haystack, k) => {
    if (terms.every(({ field, text }) => haystack[field].includes(text))) found.push(index.rows[k]!);
  });
  return found;
}
