import type { CatalogEntry } from '../catalog/schema';
import type { ArticleRecord, HighlightRecord, PageCorrectionsRecord } from '../db/records';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import { BackupError, type Backup } from './format';
import { sameJson } from './same-json';

/** What the database holds for the records a backup names, read inside the import's transaction. */
export interface SavedState {
  /** Saved articles whose id is in the file. */
  articlesById: ReadonlyMap<string, ArticleRecord>;
  /** Saved articles, by each of their addresses, that share an address with an article of the file but not its id. */
  articlesByUrl: ReadonlyMap<string, ArticleRecord>;
  /** Ids of saved articles that the file's highlights point to without the file holding them. */
  savedArticleIds: ReadonlySet<string>;
  highlightsById: ReadonlyMap<string, HighlightRecord>;
  catalogByName: ReadonlyMap<string, CatalogEntry>;
  verdictsByUrl: ReadonlyMap<string, PageCorrectionsRecord>;
  settings: Settings;
}

type Outcome = 'added' | 'updated' | 'unchanged';

/** The records to write, and what happened to each record of the file. */
export interface MergePlan {
  articles: ArticleRecord[];
  highlights: HighlightRecord[];
  catalog: CatalogEntry[];
  verdicts: PageCorrectionsRecord[];
  /** Present only when the file's settings differ from the saved ones. */
  settings?: Settings;
  counts: Record<Outcome, number>;
}

/** A saved record is replaced only by a strictly newer one: on a tie, what is saved stays. */
const byAge = (saved: { updatedAt: number } | undefined, incoming: { updatedAt: number }): Outcome =>
  !saved ? 'added' : incoming.updatedAt > saved.updatedAt ? 'updated' : 'unchanged';

/** The file's article folded into the saved one it shares an address with: saved id and address, every address, earliest visit. */
const intoTwin = (twin: ArticleRecord, article: ArticleRecord): ArticleRecord => ({
  ...article,
  id: twin.id,
  url: twin.url,
  urls: [...new Set([...twin.urls, ...article.urls])],
  firstSeenAt: Math.min(twin.firstSeenAt, article.firstSeenAt),
});

/**
 * Decides, record by record, what importing `backup` writes. Articles and highlights merge by id
 * (newer `updatedAt` wins); an article whose address is saved under another id merges into that
 * one, and its highlights follow it. Verdicts on pages merge by address (newer wins). Catalog
 * entries merge by name and count as updated when their content differs. Throws a BackupError for a highlight whose article exists nowhere.
 */
export function planMerge(backup: Backup, saved: SavedState): MergePlan {
  const plan: MergePlan = {
    articles: [],
    highlights: [],
    catalog: [],
    verdicts: [],
    counts: { added: 0, updated: 0, unchanged: 0 },
  };
  const storedIdOf = new Map<string, string>();

  for (const article of backup.articles) {
    const same = saved.articlesById.get(article.id);
    const twin = same
      ? undefined
      : article.urls.map((url) => saved.articlesByUrl.get(url)).find((found) => found !== undefined);
    const outcome = byAge(same ?? twin, article);
    plan.counts[outcome]++;
    if (twin) storedIdOf.set(article.id, twin.id);
    // A newer copy of a saved article keeps the addresses learned since the backup was made.
    const merged = twin
      ? intoTwin(twin, article)
      : same
        ? { ...article, urls: [...new Set([...same.urls, ...article.urls])] }
        : article;
    if (outcome !== 'unchanged') plan.articles.push(merged);
  }

  const fileArticleIds = new Set(backup.articles.map((article) => article.id));
  for (const [index, highlight] of backup.highlights.entries()) {
    if (!fileArticleIds.has(highlight.articleId) && !saved.savedArticleIds.has(highlight.articleId)) {
      throw new BackupError(
        `Highlight ${index + 1} belongs to an article that is neither in this backup nor saved here (article id “${highlight.articleId}”).`,
      );
    }
    const outcome = byAge(saved.highlightsById.get(highlight.id), highlight);
    plan.counts[outcome]++;
    const articleId = storedIdOf.get(highlight.articleId);
    if (outcome !== 'unchanged') plan.highlights.push(articleId ? { ...highlight, articleId } : highlight);
  }

  for (const fileEntry of backup.catalog) {
    // The catalog table holds only the reader's own entries.
    const entry: CatalogEntry = { ...fileEntry, userAdded: true };
    const current = saved.catalogByName.get(entry.name);
    const outcome: Outcome = !current ? 'added' : sameJson(current, entry) ? 'unchanged' : 'updated';
    plan.counts[outcome]++;
    if (outcome !== 'unchanged') plan.catalog.push(entry);
  }

  for (const verdict of backup.verdicts ?? []) {
    const outcome = byAge(saved.verdictsByUrl.get(verdict.url), verdict);
    plan.counts[outcome]++;
    if (outcome !== 'unchanged') plan.verdicts.push(verdict);
  }

  // Settings carry no age: the file's are restored only where the reader has none of their own
  // (a new install, or after deleting everything), never over choices made since.
  if (sameJson(saved.settings, DEFAULT_SETTINGS) && !sameJson(saved.settings, backup.settings))
    plan.settings = backup.settings;
  return plan;
}
