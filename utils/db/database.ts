import Dexie, { type EntityTable } from 'dexie';
import type { CatalogEntry } from '../catalog/schema';
import type { SettingsRow } from '../settings/row';
import { DATABASE_NAME } from './name';
import type { ArticleRecord, HighlightRecord, PageCorrectionsRecord } from './records';
import type { SyncedRecord, SyncSetupRecord } from './sync-records';

/**
 * The extension's database. Opened only in the background and in extension pages (popup,
 * options), so it lives in the extension's origin, never in a visited site's.
 */
export class LensDatabase extends Dexie {
  articles!: EntityTable<ArticleRecord, 'id'>;
  highlights!: EntityTable<HighlightRecord, 'id'>;
  /** Projects and people the reader added in the options page, matched like the bundled catalog. */
  catalog!: EntityTable<CatalogEntry, 'name'>;
  /** The reader's preferences: a single row (see utils/settings/row.ts). */
  settings!: EntityTable<SettingsRow, 'id'>;
  /** The reader's corrections on pages (interview or not, their people), by normalised address; named for the first kind. */
  verdicts!: EntityTable<PageCorrectionsRecord, 'url'>;
  /** Sync with the reader's own server, when turned on (utils/sync): its setup, one row. */
  syncSetup!: EntityTable<SyncSetupRecord, 'id'>;
  /** Which version of each highlight the sync replica last had. */
  synced!: EntityTable<SyncedRecord, 'docId'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Each schema change gets a new version() entry; earlier ones stay for migration.
    this.version(1).stores({
      articles: 'id, &url, *urls, updatedAt',
      highlights: 'id, articleId, createdAt, updatedAt, *tags',
    });
    // v2: the reader's own catalog entries (nothing to migrate: a new table).
    this.version(2).stores({ catalog: 'name' });
    // v3: the reader's settings, one row keyed by `id` (a new table again, nothing to migrate).
    this.version(3).stores({ settings: 'id' });
    // v4: the reader's verdicts on pages (a new table, nothing to migrate).
    this.version(4).stores({ verdicts: 'url' });
    // v5: only the indexes something queries (every index is a write on each put): highlights by
    // article and by creation (the popup's newest first), articles by address. Dexie drops the
    // others and keeps every record.
    this.version(5).stores({ articles: 'id, &url, *urls', highlights: 'id, articleId, createdAt' });
    // v6: sync's setup and bookkeeping (new tables, nothing to migrate).
    this.version(6).stores({ syncSetup: 'id', synced: 'docId' });
    // v7: a highlight keeps every other device's note, not one (a version 6 build kept one).
    this.version(7).upgrade((tx) =>
      tx
        .table('highlights')
        .filter((highlight) => highlight.alsoEdited !== undefined && !Array.isArray(highlight.alsoEdited))
        .modify((highlight) => {
          highlight.alsoEdited = [highlight.alsoEdited];
        }),
    );
  }
}
