import Dexie from 'dexie';
import type { LensDatabase } from '../db/database';
import type { ArticleRecord } from '../db/records';
import { readSettings, writeSettings } from '../settings/store';
import { BackupError, type Backup } from './format';
import { planMerge, type MergePlan, type SavedState } from './merge';
import { parseBackup } from './parse';
import { brief } from '../validation/readable-issues';

/**
 * What an import did. `added`, `updated` and `unchanged` count the file's articles, highlights,
 * catalog entries and page verdicts together, each record once (an article merged into a saved
 * one at the same address counts as updated or unchanged). Settings are reported apart.
 */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  settingsChanged: boolean;
  /** "12 added, 3 updated, 40 unchanged". */
  summary: string;
}

const present = <T>(records: (T | undefined)[]): T[] => records.filter((record): record is T => record !== undefined);

async function readSavedState(db: LensDatabase, backup: Backup): Promise<SavedState> {
  const fileArticleIds = new Set(backup.articles.map((article) => article.id));
  const articlesById = new Map(
    present(await db.articles.bulkGet([...fileArticleIds])).map((article) => [article.id, article]),
  );
  const newUrls = backup.articles.filter((article) => !articlesById.has(article.id)).flatMap((article) => article.urls);
  const twins = (await db.articles.where('urls').anyOf(newUrls).toArray()).filter(
    (article) => !fileArticleIds.has(article.id),
  );
  const outsideIds = [...new Set(backup.highlights.map((highlight) => highlight.articleId))].filter(
    (id) => !fileArticleIds.has(id),
  );
  // Only keys first: restoring into an empty or small library then reads no records at all.
  const savedIds = new Set(await db.highlights.toCollection().primaryKeys());
  const highlights = present(
    await db.highlights.bulkGet(backup.highlights.map((highlight) => highlight.id).filter((id) => savedIds.has(id))),
  );
  const catalog = present(await db.catalog.bulkGet(backup.catalog.map((entry) => entry.name)));
  return {
    articlesById,
    articlesByUrl: new Map(twins.flatMap((article) => article.urls.map((url) => [url, article] as const))),
    savedArticleIds: new Set(present(await db.articles.bulkGet(outsideIds)).map((article) => article.id)),
    highlightsById: new Map(highlights.map((highlight) => [highlight.id, highlight])),
    catalogByName: new Map(catalog.map((entry) => [entry.name, entry])),
    verdictsByUrl: new Map(
      present(await db.verdicts.bulkGet((backup.verdicts ?? []).map((verdict) => verdict.url))).map((verdict) => [
        verdict.url,
        verdict,
      ]),
    ),
    settings: await readSettings(db),
  };
}

/** The first underlying failure of a bulk write, or the error itself. */
const causeOf = (error: unknown): unknown => (error instanceof Dexie.BulkError ? (error.failures[0] ?? error) : error);

/** An address clash the merge could not resolve, named by the article that caused it. */
function addressClash(error: unknown, articles: readonly ArticleRecord[]): unknown {
  if (!(error instanceof Dexie.BulkError) || (causeOf(error) as Error).name !== 'ConstraintError') return error;
  const position = Number(Object.keys(error.failuresByPos)[0]);
  return new BackupError(
    `Nothing was imported: the article at ${brief(articles[position]?.url, 200)} would have the same address as another saved article.`,
  );
}

async function write(db: LensDatabase, plan: MergePlan, now: number): Promise<void> {
  await db.catalog.bulkPut(plan.catalog);
  if (plan.settings) await writeSettings(db, plan.settings, now);
  await db.articles.bulkPut(plan.articles).catch((error: unknown) => {
    throw addressClash(error, plan.articles);
  });
  await db.highlights.bulkPut(plan.highlights);
  await db.verdicts.bulkPut(plan.verdicts);
}

/**
 * Validates a backup and merges it into the database, all or nothing: validation comes first,
 * then one read-write transaction over every table reads what is saved, checks that each
 * highlight's article exists, and writes. Any failure rolls the whole import back and is thrown
 * as a BackupError with a sentence for the reader.
 */
export async function importBackup(db: LensDatabase, text: string, now: number): Promise<ImportReport> {
  const backup = parseBackup(text);
  let plan: MergePlan;
  try {
    plan = await db.transaction('rw', [db.articles, db.highlights, db.catalog, db.settings, db.verdicts], async () => {
      const planned = planMerge(backup, await readSavedState(db, backup));
      await write(db, planned, now);
      return planned;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    const cause = causeOf(error);
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new BackupError(`Nothing was imported: ${reason.replace(/\.?$/, '.')}`);
  }
  const { added, updated, unchanged } = plan.counts;
  return {
    added,
    updated,
    unchanged,
    settingsChanged: plan.settings !== undefined,
    summary: `${added.toLocaleString('en')} added, ${updated.toLocaleString('en')} updated, ${unchanged.toLocaleString('en')} unchanged`,
  };
}
