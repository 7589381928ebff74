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
function standInArticle(articleId: string, highlights: readonly HighlightRecord[]): ArticleRecord {
  return {
    id: articleId,
    url: '',
    urls: [],
    title: MISSING_ARTICLE_TITLE,
    site: '',
    firstSeenAt: highlights.reduce((first, highlight) => Math.min(first, highlight.createdAt), Infinity),
    updatedAt: highlights.reduce((last, highlight) => Math.max(last, highlight.updatedAt), 0),
  };
}

/**
 * Every highlight paired with its article. Articles come newest first, by when the reader last
 * highlighted in them (then by the article's own `updatedAt`, then id, so the order is stable);
 * within an article, highlights follow the text. Articles without highlights are not listed.
 */
export function joinRows(articles: readonly ArticleRecord[], highlights: readonly HighlightRecord[]): LibraryRow[] {
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const highlightsByArticle = new Map<string, HighlightRecord[]>();
  for (const highlight of highlights) {
    const group = highlightsByArticle.get(highlight.articleId);
    if (group) group.push(highlight);
    else highlightsByArticle.set(highlight.articleId, [highlight]);
  }

  const groups = [...highlightsByArticle].map(([articleId, group]) => {
    const article = articleById.get(articleId);
    return {
      article: article ?? standInArticle(articleId, group),
      missing: !article,
      highlights: group.sort(inDocumentOrder),
      newest: group.reduce((last, highlight) => Math.max(last, highlight.createdAt), 0),
    };
  });
  groups.sort(
    (a, b) =>
      b.newest - a.newest ||
      b.article.updatedAt - a.article.updatedAt ||
      (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0),
  );

  return groups.flatMap(({ article, missing, highlights: group }) =>
    group.map(
      (highlight): LibraryRow => (missing ? { highlight, article, articleMissing: true } : { highlight, article }),
    ),
  );
}
