import type { LensDatabase } from '../db/database';
import { toWebAnnotations } from './web-annotation';
import { readSettings } from '../settings/store';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

/** Everything the reader owns as backup JSON, read in one transaction so the records agree with each other. */
export async function exportBackup(db: LensDatabase, now: number): Promise<string> {
  const backup = await db.transaction(
    'r',
    [db.articles, db.highlights, db.catalog, db.settings, db.verdicts],
    async (): Promise<Backup> => ({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(now).toISOString(),
      articles: await db.articles.toArray(),
      highlights: await db.highlights.toArray(),
      catalog: await db.catalog.toArray(),
      settings: await readSettings(db),
      verdicts: await db.verdicts.toArray(),
    }),
  );
  return JSON.stringify(backup, null, 2);
}

/** Every highlight as W3C Web Annotations (JSON-LD), for tools that read that standard. */
export async function exportAnnotations(db: LensDatabase): Promise<string> {
  return JSON.stringify(toWebAnnotations(await db.articles.toArray(), await db.highlights.toArray()), null, 2);
}
