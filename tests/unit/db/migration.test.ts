import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db/database';

/** The schemas as versions 1–6 shipped them, so a test can build a database as an older release left it. */
const OLD_SCHEMAS: Record<string, string>[] = [
  { articles: 'id, &url, *urls, updatedAt', highlights: 'id, articleId, createdAt, updatedAt, *tags' },
  { catalog: 'name' },
  { settings: 'id' },
  { verdicts: 'url' },
  { articles: 'id, &url, *urls', highlights: 'id, articleId, createdAt' },
  { syncSetup: 'id', synced: 'docId' },
];

function oldDatabase(name: string, version: number): Dexie {
  const db = new Dexie(name);
  OLD_SCHEMAS.slice(0, version).forEach((stores, k) => {
    db.version(k + 1).stores(stores);
  });
  return db;
}

/** An article and a highlight as every old version stored them (fields vary per test). */
const oldArticle = (fields: Record<string, unknown> = {}) => ({
  id: 'a1',
  url: 'https://a.com/p',
  urls: ['https://a.com/p'],
  title: 'T',
  site: 'a.com',
  firstSeenAt: 1,
  updatedAt: 1,
  ...fields,
});
const oldHighlight = (fields: Record<string, unknown> = {}) => ({
  id: 'h1',
  articleId: 'a1',
  colour: 'yellow',
  note: 'kept',
  tags: ['x'],
  createdAt: 1,
  updatedAt: 1,
  quote: { type: 'TextQuoteSelector', exact: 'quote', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 5 },
  ...fields,
});
/** A user-added catalog entry, as version 2 on stored it. */
const QUILLMARK = {
  name: 'Quillmark',
  aliases: [] as string[],
  kind: 'developer-tool' as const,
  description: 'A static site generator.',
};

describe('database migrations', () => {
  it('opens a version 1 database as the current version with every article and highlight kept', async () => {
    const name = 'migration-v1';
    const v1 = oldDatabase(name, 1);
    const article = oldArticle();
    const highlight = oldHighlight();
    await v1.table('articles').add(article);
    await v1.table('highlights').add(highlight);
    v1.close();

    const db = new LensDatabase(name);
    expect(await db.articles.toArray()).toEqual([article]);
    expect(await db.highlights.toArray()).toEqual([highlight]);
    await db.catalog.add(QUILLMARK);
    expect(db.verno).toBe(7);
    await db.delete();
  });

  it('opens a version 2 database as the current version with articles, highlights and catalog kept', async () => {
    const name = 'migration-v2';
    const v2 = oldDatabase(name, 2);
    const article = oldArticle();
    const highlight = oldHighlight({ colour: 'green' });
    const entry = { ...QUILLMARK, userAdded: true };
    await v2.table('articles').add(article);
    await v2.table('highlights').add(highlight);
    await v2.table('catalog').add(entry);
    v2.close();

    const db = new LensDatabase(name);
    expect(await db.articles.toArray()).toEqual([article]);
    expect(await db.highlights.toArray()).toEqual([highlight]);
    expect(await db.catalog.toArray()).toEqual([entry]);
    expect(await db.settings.toArray()).toEqual([]);
    expect(await db.verdicts.toArray()).toEqual([]);
    expect(db.verno).toBe(7);
    await db.delete();
  });

  it('opens a version 4 database as the current version with every record kept and still found by article and address', async () => {
    const name = 'migration-v4';
    const v4 = oldDatabase(name, 4);
    const article = oldArticle({ urls: ['https://a.com/p', 'https://a.com/p/amp'], updatedAt: 2 });
    const highlights = ['h1', 'h2'].map((id, n) =>
      oldHighlight({ id, colour: 'blue', note: `kept ${n}`, tags: ['x', 'y'], createdAt: n, updatedAt: n + 1 }),
    );
    const verdict = { url: 'https://a.com/p', isInterview: true, updatedAt: 3 };
    await v4.table('articles').add(article);
    await v4.table('highlights').bulkAdd(highlights);
    await v4.table('verdicts').add(verdict);
    v4.close();

    const db = new LensDatabase(name);
    expect(await db.articles.toArray()).toEqual([article]);
    expect(await db.highlights.toArray()).toEqual(highlights);
    expect(await db.verdicts.toArray()).toEqual([verdict]);
    expect(await db.highlights.where('articleId').equals('a1').count()).toBe(2);
    expect((await db.articles.where('urls').equals('https://a.com/p/amp').first())?.id).toBe('a1');
    expect(db.verno).toBe(7);
    await db.delete();
  });

  it('opens a version 6 database with the other device’s note as a list of one, and other highlights untouched', async () => {
    const name = 'migration-v6';
    const v6 = oldDatabase(name, 6);
    const other = { note: 'from the laptop', updatedAt: 1 };
    const edited = oldHighlight({ id: 'h1', alsoEdited: other, updatedAt: 2 });
    const plain = oldHighlight({ id: 'h2' });
    await v6.table('highlights').bulkAdd([edited, plain]);
    v6.close();

    const db = new LensDatabase(name);
    expect(await db.highlights.get('h1')).toEqual({ ...edited, alsoEdited: [other] });
    expect(await db.highlights.get('h2')).toEqual(plain);
    expect(db.verno).toBe(7);
    await db.delete();
  });
});
