import { sameJson } from '../backup/same-json';
import { inDocumentOrder } from '../db/document-order';
import type { ArticleRecord, HighlightRecord } from '../db/records';

/** One saved highlight with the article it belongs to: the unit every library view works on. */
export interface LibraryRow {
  highlight: HighlightRecord;
  article: ArticleRecord;
  /** Set when no saved article has the highlight's `articleId`; `article` is then a stand-in. */
  articleMissing?: true;
}

/** Title shown for the stand-in article of a highlight whose article record is gone. */
export const MISSING_ARTICLE_TITLE = 'Unknown article';

/**
 * A highlight whose article record is missing must not vanish from the library (it still holds the
 * reader's quote and note), so it gets a stand-in article with the missing id, no address, and
 * times taken from its highlights. Highlights sharing a missing id share one stand-in.
 */
function standInArticle(articleId: string, rows: readonly LibraryRow[]): ArticleRecord {
  return {
    id: articleId,
    url: '',
    urls: [],
    title: MISSING_ARTICLE_TITLE,
    site: '',
    firstSeenAt: rows.reduce((first, { highlight }) => Math.min(first, highlight.createdAt), Infinity),
    updatedAt: rows.reduce((last, { highlight }) => Math.max(last, highlight.updatedAt), 0),
  };
}

/** The highlights of one article, in the order of the text, as rows. */
interface Group {
  articleId: string;
  rows: LibraryRow[];
  /** When the newest of them was made: articles are listed by it. */
  newest: number;
  /** Highlights to take out and to put in before the group is read again. */
  leaving: Set<string>;
  arriving: HighlightRecord[];
  /** The article record changed (or appeared, or went): every row is made again. */
  rebuild: boolean;
}

/** Past this share of a group arriving at once, sorting the arrivals and merging beats inserting each. */
const SORT_WHOLE_SHARE = 1 / 8;

/** Where `highlight` goes in `rows` (in text order), found by halving. */
function placeOf(rows: readonly LibraryRow[], highlight: HighlightRecord): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (inDocumentOrder(rows[middle]!.highlight, highlight) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `rows` with the (sorted) `arriving` highlights merged in, in text order. */
function mergeSorted(
  rows: readonly LibraryRow[],
  arriving: readonly HighlightRecord[],
  row: (highlight: HighlightRecord) => LibraryRow,
): LibraryRow[] {
  const merged: LibraryRow[] = [];
  let k = 0;
  for (const highlight of arriving) {
    while (k < rows.length && inDocumentOrder(rows[k]!.highlight, highlight) < 0) merged.push(rows[k++]!);
    merged.push(row(highlight));
  }
  while (k < rows.length) merged.push(rows[k++]!);
  return merged;
}

/**
 * The library's rows, kept up to date one highlight at a time: a highlight written or deleted
 * moves only itself within its article's rows, so following sync's batches into a library of
 * 10,000 costs little more than the batch. Rows of untouched highlights stay the same objects,
 * so views can tell what changed (but those of an article with no record are made again whenever
 * one of its highlights changes: their stand-in article is drawn from all of them). `rows()` lists what a join made afresh of the same records would.
 */
export class LibraryJoin {
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly groups = new Map<string, Group>();
  /** Each highlight's article, as it was put. */
  private readonly placed = new Map<string, string>();
  /** Groups with changes not applied yet. */
  private readonly dirty = new Set<Group>();
  private listed: LibraryRow[] | undefined = [];

  /**
   * Replaces every article record; the rows of those that changed are made again. An article read
   * again unchanged keeps its rows.
   */
  setArticles(articles: readonly ArticleRecord[]): void {
    const next = new Map<string, ArticleRecord>();
    for (const article of articles) {
      const known = this.articles.get(article.id);
      next.set(article.id, known && sameJson(known, article) ? known : article);
    }
    for (const group of this.groups.values()) {
      if (this.articles.get(group.articleId) !== next.get(group.articleId)) this.touch(group).rebuild = true;
    }
    this.articles.clear();
    for (const [id, article] of next) this.articles.set(id, article);
  }

  /** Adds or replaces a highlight. */
  put(highlight: HighlightRecord): void {
    this.remove(highlight.id);
    this.placed.set(highlight.id, highlight.articleId);
    this.touch(this.groupOf(highlight.articleId)).arriving.push(highlight);
  }

  /** Takes a highlight out, if it was there. */
  remove(id: string): void {
    const articleId = this.placed.get(id);
    if (articleId === undefined) return;
    this.placed.delete(id);
    const group = this.touch(this.groups.get(articleId)!);
    const waiting = group.arriving.findIndex((highlight) => highlight.id === id);
    if (waiting >= 0) group.arriving.splice(waiting, 1);
    else group.leaving.add(id);
  }

  /** Every row: articles by their newest highlight (then by their own update, then id), each in text order. */
  rows(): LibraryRow[] {
    if (this.listed) return this.listed;
    for (const group of this.dirty) {
      this.settle(group);
      if (group.rows.length === 0) this.groups.delete(group.articleId);
    }
    this.dirty.clear();
    const groups = [...this.groups.values()].sort((a, b) => {
      const first = a.rows[0]!.article;
      const second = b.rows[0]!.article;
      return (
        b.newest - a.newest ||
        second.updatedAt - first.updatedAt ||
        (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0)
      );
    });
    this.listed = groups.flatMap((group) => group.rows);
    return this.listed;
  }

  private groupOf(articleId: string): Group {
    let group = this.groups.get(articleId);
    if (!group) {
      group = { articleId, rows: [], newest: 0, leaving: new Set(), arriving: [], rebuild: false };
      this.groups.set(articleId, group);
    }
    return group;
  }

  private touch(group: Group): Group {
    this.listed = undefined;
    this.dirty.add(group);
    return group;
  }

  /** Applies a group's pending changes. */
  private settle(group: Group): void {
    const article = this.articles.get(group.articleId);
    const row = (highlight: HighlightRecord): LibraryRow =>
      // The stand-in is filled in below, once the group's highlights are known.
      article ? { highlight, article } : { highlight, article: undefined as never, articleMissing: true };
    let rows = group.leaving.size ? group.rows.filter((kept) => !group.leaving.has(kept.highlight.id)) : group.rows;
    if (group.rebuild || !article) rows = rows.map((kept) => row(kept.highlight));
    if (group.arriving.length > rows.length * SORT_WHOLE_SHARE) {
      rows = mergeSorted(rows, group.arriving.sort(inDocumentOrder), row);
    } else {
      for (const highlight of group.arriving) rows.splice(placeOf(rows, highlight), 0, row(highlight));
    }
    if (!article) {
      const standIn = standInArticle(group.articleId, rows);
      for (const missing of rows) missing.article = standIn;
    }
    group.rows = rows;
    group.newest = rows.reduce((last, { highlight }) => Math.max(last, highlight.createdAt), 0);
    group.leaving.clear();
    group.arriving = [];
    group.rebuild = false;
  }
}

/**
 * Every highlight paired with its article. Articles come newest first, by when the reader last
 * highlighted in them (then by the article's own `updatedAt`, then id, so the order is stable);
 * within an article, highlights follow the text. Articles without highlights are not listed.
 */
export function joinRows(articles: readonly ArticleRecord[], highlights: readonly HighlightRecord[]): LibraryRow[] {
  const join = new LibraryJoin();
  join.setArticles(articles);
  for (const highlight of highlights) join.put(highlight);
  return join.rows();
}
