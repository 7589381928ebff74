import { RangeSet } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db/database';
import { changedIds, followLibrary, type RangeNode } from '@/utils/library/follow';
import { loadLibrary } from '@/utils/library/load';
import type { LibraryRow } from '@/utils/library/rows';
import { article, highlight } from '../backup/fixtures';

let db: LensDatabase;
let count = 0;
let stop: () => void = () => {};

beforeEach(() => {
  db = new LensDatabase(`follow-${++count}`);
});
afterEach(async () => {
  stop();
  await db.delete();
});

const URL = 'https://example.com/why-pytorch-won';

/** Follows the library and returns a way to wait until what it shows is what a fresh read gives. */
function follow(quietMs = 10) {
  let shown: LibraryRow[] | undefined;
  let reads = 0;
  stop = followLibrary(
    db,
    (rows) => {
      shown = rows;
      reads++;
    },
    quietMs,
  );
  return {
    reads: () => reads,
    async matches(what: string) {
      const until = Date.now() + 5000;
      for (;;) {
        const fresh = await loadLibrary(db);
        if (shown && JSON.stringify(shown) === JSON.stringify(fresh)) return shown;
        if (Date.now() > until) throw new Error(`the followed library never showed ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

describe('following the library', () => {
  it('shows each write, edit and delete, and a bulk write, as a fresh read would', async () => {
    await db.articles.add(article('a1', URL, 1));
    await db.highlights.bulkAdd([highlight('h1', 'a1', 1), highlight('h2', 'a1', 1)]);
    const library = follow();
    expect(await library.matches('what was saved')).toHaveLength(2);

    await db.highlights.put(highlight('h3', 'a1', 2, { note: 'new' }));
    await db.highlights.update('h1', { note: 'edited', updatedAt: 3 });
    await db.highlights.delete('h2');
    const rows = await library.matches('one added, one edited, one deleted');
    expect(rows.map((row) => [row.highlight.id, row.highlight.note])).toEqual(
      expect.arrayContaining([
        ['h1', 'edited'],
        ['h3', 'new'],
      ]),
    );
    expect(rows).toHaveLength(2);

    // A bulk write names no single keys: everything is read again.
    await db.highlights.bulkPut(Array.from({ length: 60 }, (_, k) => highlight(`bulk-${k}`, 'a1', 4)));
    expect(await library.matches('sixty more')).toHaveLength(62);
    await db.articles.update('a1', { title: 'Retitled' });
    expect((await library.matches('the new title'))[0]?.article.title).toBe('Retitled');
    await db.highlights.clear();
    expect(await library.matches('an empty library')).toEqual([]);
  });

  it('reads once for writes close together', async () => {
    await db.articles.add(article('a1', URL, 1));
    // Five writes well inside a second, however busy the machine.
    const library = follow(1000);
    await library.matches('an empty library');
    const before = library.reads();
    for (let k = 0; k < 5; k++) await db.highlights.put(highlight(`h${k}`, 'a1', 1));
    await library.matches('five highlights');
    expect(library.reads() - before).toBeLessThanOrEqual(2);
  });
});

describe('the highlights a change names', () => {
  it('lists single keys, as a RangeSet here and as plain data from another page', () => {
    const set = new RangeSet().addKeys(['b', 'a', 'c']) as unknown as RangeNode;
    expect([...(changedIds(set) as string[])].sort()).toEqual(['a', 'b', 'c']);
    expect([...(changedIds(structuredClone(set)) as string[])].sort()).toEqual(['a', 'b', 'c']);
    expect(changedIds(new RangeSet() as unknown as RangeNode)).toEqual([]);
  });

  it('says "all" for a range of keys', () => {
    expect(changedIds(new RangeSet('a', 'z') as unknown as RangeNode)).toBe('all');
    expect(changedIds(new RangeSet(-Infinity, [[]]) as unknown as RangeNode)).toBe('all');
  });
});
