import type { LensDatabase } from '../db/database';

/** Removes the reader's articles, highlights, own catalog entries, settings and verdicts, all or none. */
export async function deleteEverything(db: LensDatabase): Promise<void> {
  await db.transaction('rw', [db.articles, db.highlights, db.catalog, db.settings, db.verdicts], () =>
    Promise.all([
      db.articles.clear(),
      db.highlights.clear(),
      db.catalog.clear(),
      db.settings.clear(),
      db.verdicts.clear(),
    ]),
  );
}
