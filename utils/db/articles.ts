import { siteOfAddress } from '../url/site';
import type { LensDatabase } from './database';
import type { ArticleRecord } from './records';

export interface ArticleFacts {
  url: string;
  visited: string;
  title: string;
  site: string;
  author?: string;
  published?: string;
  projects?: string[];
}

/**
 * The article saved under any of the given normalised addresses (all on one site), if there is one.
 * Only an article whose own address is on that site counts: another site's address may sit among
 * its addresses (saved before sites came from the Public Suffix List, or merged from a backup), and
 * must not lead that site's pages to it.
 */
export async function findArticle(
  db: LensDatabase,
  urls: readonly [string, ...string[]],
): Promise<ArticleRecord | undefined> {
  const site = siteOfAddress(urls[0]);
  const matches = (await db.articles.where('urls').anyOf(urls).toArray()).filter(
    (article) => siteOfAddress(article.url) === site,
  );
  return matches.find((article) => article.url === urls[0]) ?? matches[0];
}

/** Creates the article or refreshes what the page now says about it; returns the stored record. */
export async function upsertArticle(db: LensDatabase, facts: ArticleFacts, now: number): Promise<ArticleRecord> {
  return db.transaction('rw', db.articles, async () => {
    const existing = await findArticle(db, [facts.url, facts.visited]);
    if (existing) {
      const updated: ArticleRecord = {
        ...existing,
        urls: [...new Set([...existing.urls, facts.url, facts.visited])],
        title: facts.title || existing.title,
        site: facts.site || existing.site,
        author: facts.author ?? existing.author,
        published: facts.published ?? existing.published,
        ...((facts.projects ?? existing.projects) ? { projects: facts.projects ?? existing.projects } : {}),
        updatedAt: now,
      };
      await db.articles.put(updated);
      return updated;
    }
    const created: ArticleRecord = {
      id: crypto.randomUUID(),
      url: facts.url,
      urls: [...new Set([facts.url, facts.visited])],
      title: facts.title,
      site: facts.site,
      ...(facts.author ? { author: facts.author } : {}),
      ...(facts.published ? { published: facts.published } : {}),
      ...(facts.projects ? { projects: facts.projects } : {}),
      firstSeenAt: now,
      updatedAt: now,
    };
    await db.articles.add(created);
    return created;
  });
}

/** Remembers another address an article was reached at, so the popup finds it from that tab too. */
export async function rememberAddress(db: LensDatabase, article: ArticleRecord, visited: string): Promise<void> {
  if (article.urls.includes(visited)) return;
  await db.articles.update(article.id, { urls: [...article.urls, visited] });
}
