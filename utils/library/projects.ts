import type { ArticleRecord } from '../db/records';
import { fold, tidy } from './fold';
import { groupByArticle, groupByName, projectNames, type ArticleGroup } from './groups';
import type { LibraryRow } from './rows';

/** A project in the reader's library: the highlights near which it is named, and the articles that name it. */
export interface ProjectGroup {
  /** Folded name the spellings were merged under ("vLLM" and "VLLM" are one project). */
  key: string;
  /** The spelling most of its highlights use (else the first article's). */
  name: string;
  /** How many highlights name it in their words or paragraph. */
  count: number;
  /** Those highlights by article, in row order (from joinRows: newest first, text order). */
  articles: ArticleGroup[];
  /** Every article of the library that names it, highlighted near it or not, in row order. */
  mentionedIn: ArticleRecord[];
}

/** Each project the library's articles name, with those articles in row order. */
function namingArticles(rows: readonly LibraryRow[]): Map<string, { name: string; articles: ArticleRecord[] }> {
  const byKey = new Map<string, { name: string; articles: ArticleRecord[] }>();
  const seen = new Set<string>();
  for (const { article } of rows) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    for (const name of article.projects ?? []) {
      const key = fold(name);
      const entry = byKey.get(key);
      if (!entry) byKey.set(key, { name: tidy(name), articles: [article] });
      else entry.articles.push(article);
    }
  }
  return byKey;
}

/**
 * Every project named near a highlight or in an article: most highlighted first, then named in the
 * most articles, then by name.
 */
export function projectsOf(rows: readonly LibraryRow[]): ProjectGroup[] {
  const naming = namingArticles(rows);
  const highlighted = groupByName(rows, projectNames, fold).map(({ key, name, rows: near }): ProjectGroup => {
    const mentionedIn = [...(naming.get(key)?.articles ?? [])];
    for (const { article } of near) if (!mentionedIn.includes(article)) mentionedIn.push(article);
    return { key, name, count: near.length, articles: groupByArticle(near), mentionedIn };
  });
  const keys = new Set(highlighted.map((project) => project.key));
  const onlyNamed = [...naming]
    .filter(([key]) => !keys.has(key))
    .map(([key, { name, articles }]): ProjectGroup => ({ key, name, count: 0, articles: [], mentionedIn: articles }));
  return [...highlighted, ...onlyNamed].sort(
    (a, b) =>
      b.count - a.count || b.mentionedIn.length - a.mentionedIn.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
