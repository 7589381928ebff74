import type { LensDatabase } from '../db/database';
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
 * article the whole list puts before one taken here.
 */
export async function loadFirstScreen(db: LensDatabase, count: number): Promise<LibraryRow[]> {
  const times = await db.highlights.orderBy('createdAt').reverse().limit(count).keys();
  if (times.length === 0) return [];
  const newest = await db.highlights.where('createdAt').aboveOrEqual(times.at(-1)!).toArray();
  const articleIds = [...new Set(newest.map((highlight) => highlight.articleId))];
  const [articles, highlights] = await Promise.all([
    db.articles.bulkGet(articleIds),
    db.highlights.where('articleId').anyOf(articleIds).toArray(),
  ]);
  return joinRows(articles.filter((article) => article !== undefined), highlights);
}
