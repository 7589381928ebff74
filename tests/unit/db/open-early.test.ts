import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db/database';
import { openEarly } from '@/utils/db/open-early';

let count = 0;
const names: string[] = [];
const freshName = () => {
  names.push(`open-early-${++count}`);
  return names.at(-1)!;
};
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const quote = { type: 'TextQuoteSelector' as const, exact: 'Open source won', prefix: '', suffix: '' };

describe('opening the database early', () => {
  it('leaves a first run’s database to Dexie, which creates it with every table', async () => {
    const name = freshName();
    const release = openEarly(name);
    await settle();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(name);
    const db = new LensDatabase(name);
    await db.open();
    release();
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'articles',
      'catalog',
      'highlights',
      'settings',
      'syncSetup',
      'synced',
      'verdicts',
    ]);
    db.close();
  });

  it('lets the popup read what is saved while the early connection is still open', async () => {
    const name = freshName();
    const saved = new LensDatabase(name);
    await saved.highlights.add({
      id: 'h1',
      articleId: 'a1',
      quote,
      position: { type: 'TextPositionSelector', start: 0, end: 15 },
      colour: 'yellow',
      note: '',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    saved.close();

    const release = openEarly(name);
    await settle();
    const db = new LensDatabase(name);
    expect((await db.highlights.toArray()).map((highlight) => highlight.quote.exact)).toEqual(['Open source won']);
    release();
    db.close();
  });

  it('does not hold back a schema upgrade', async () => {
    const name = freshName();
    const old = new Dexie(name);
    old.version(1).stores({ articles: 'id' });
    await old.open();
    old.close();

    const release = openEarly(name);
    await settle();
    const db = new LensDatabase(name);
    await db.open();
    expect(db.verno).toBe(new LensDatabase(freshName()).verno); // the latest schema
    release();
    db.close();
  });
});
