import type { CatalogEntry } from '../catalog/schema';
import type { ArticleRecord, HighlightRecord, PageCorrectionsRecord } from '../db/records';
import type { Settings } from '../settings/schema';

export const BACKUP_FORMAT = 'interview-lens-backup';
export const BACKUP_VERSION = 1;

/** Largest backup read, in characters of text: 50 MB (a backup is JSON, nearly all one byte per character). */
export const MAX_BACKUP_TEXT_LENGTH = 50 * 1024 * 1024;
export const MAX_BACKUP_ARTICLES = 20_000;
export const MAX_BACKUP_HIGHLIGHTS = 200_000;
export const MAX_BACKUP_CATALOG = 1_000;
export const MAX_BACKUP_VERDICTS = 20_000;

/**
 * Everything the reader owns, as one JSON document: the records exactly as stored, so deleting
 * everything and importing the file restores them as they were. `catalog` holds only the
 * reader's own entries (the bundled catalog ships with the extension).
 */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
  catalog: CatalogEntry[];
  settings: Settings;
  /** The reader's corrections on pages (interview or not, its people); absent from backups made before there were any. */
  verdicts?: PageCorrectionsRecord[];
}

/**
 * Why a backup was not imported, as a sentence for the reader. Records are numbered from 1 in
 * file order ("Highlight 12" is the twelfth item of `highlights`).
 */
export class BackupError extends Error {
  override name = 'BackupError';
}
