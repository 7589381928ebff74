import type { LensDatabase } from '../db/database';
import type { HighlightRecord } from '../db/records';
import { joinRows, type LibraryRow } from './rows';

/** Every highlight with its article, read from both tables at once. */
export async function loadLibrary(db: LensDatabase): Promise<LibraryRow[]> {
  const [articles, highlights] = await Promise.all([db.articles.toArray(), db.highlights.toArray()]);
  return joinRows(articles, highlights);
}

/**
 * The beginning of `loadLibrary`'s list without reading the whole library: the articles of the
 * `count` newest highlights (found through the `createdAt` index), each with all its highlights.
 * The library lists articles by their newest highlight, so these come first. Highlights created at
 * the same moment as the last of the `count` are taken too: otherwise a tie could leave out an
 * article the whole list puts before one taken here. Two reads one after the other, as a rule; a
 * third only when such a tie brings in more articles.
 */
export async function loadFirstScreen(db: LensDatabase, count: number): Promise<LibraryRow[]> {
  const newest = await db.highlights.orderBy('createdAt').reverse().limit(count).toArray();
  if (newest.length === 0) return [];
  const articlesOf = (ids: string[]) =>
    Promise.all([db.articles.bulkGet(ids), db.highlights.where('articleId').anyOf(ids).toArray()]);
  const articleIds = [...new Set(newest.map((highlight) => highlight.articleId))];
  const [[articles, highlights], tied] = await Promise.all([
    articlesOf(articleIds),
    db.highlights.where('createdAt').equals(newest.at(-1)!.createdAt).toArray(),
  ]);
  const more = [...new Set(tied.map((highlight) => highlight.articleId))].filter((id) => !articleIds.includes(id));
  const [moreArticles, moreHighlights] = more.length ? await articlesOf(more) : [[], []];
  return joinRows(
    [...articles, ...moreArticles].filter((article) => article !== undefined),
    [...highlights, ...moreHighlights],
  );
}

/** Highlights read at once by `readHighlightsInSlices`: a few milliseconds of reading and cloning. */
const SLICE = 500;
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every highlight, by id, read a slice at a time with the thread let go in between: a page that
 * reads the whole library while the reader uses it holds the thread only briefly each time.
 */
export async function readHighlightsInSlices(db: LensDatabase, slice = SLICE): Promise<HighlightRecord[]> {
  const highlights: HighlightRecord[] = [];
  let last: string | undefined;
  for (;;) {
    const from = last === undefined ? db.highlights.orderBy(':id') : db.highlights.where(':id').above(last);
    const page = await from.limit(slice).toArray();
    highlights.push(...page);
    if (page.length < slice) return highlights;
    last = page.at(-1)!.id;
    await nextTurn();
  }
}
