import type { LensDatabase } from '@/utils/db/database';
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/utils/backup/format';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';

export const article = (id: string, url: string, updatedAt = 1, extra: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id,
  url,
  urls: [url],
  title: `Article ${id}`,
  site: new URL(url).hostname,
  firstSeenAt: 1,
  updatedAt,
  ...extra,
});

export const highlight = (
  id: string,
  articleId: string,
  updatedAt = 1,
  extra: Partial<HighlightRecord> = {},
): HighlightRecord => ({
  id,
  articleId,
  quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: 'before ', suffix: ' after' },
  position: { type: 'TextPositionSelector', start: 10, end: 10 + `quote ${id}`.length },
  colour: 'yellow',
  note: '',
  tags: [],
  createdAt: 1,
  updatedAt,
  ...extra,
});

export const catalogEntry = (name: string, description = `${name} is a tool the reader follows.`) => ({
  name,
  aliases: [],
  kind: 'developer-tool' as const,
  description,
  userAdded: true,
});

/** A backup file's text: a valid, empty backup unless `parts` says otherwise. */
export const backupText = (parts: Record<string, unknown> = {}): string =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2025-01-01T00:00:00.000Z',
    articles: [],
    highlights: [],
    catalog: [],
    settings: DEFAULT_SETTINGS,
    ...parts,
  });

/** Every row of every table, to prove an import changed nothing (or everything). */
export async function dump(db: LensDatabase) {
  return {
    articles: await db.articles.toArray(),
    highlights: await db.highlights.toArray(),
    catalog: await db.catalog.toArray(),
    settings: await db.settings.toArray(),
    verdicts: await db.verdicts.toArray(),
  };
}
