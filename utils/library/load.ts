import type { LensDatabase } from '../db/database';
import { joinRows, type LibraryRow } from './rows';

/** Every highlight with its article, read from both tables at once. */
export async function loadLibrary(db: LensDatabase): Promise<LibraryRow[]> {
  const [articles, highlights] = await Promise.all([db.articles.toArray(), db.highlights.toArray()]);
  return joinRows(articles, highlights);
}
