import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db/database';
import { followQuery, watchTables } from '@/utils/db/watch-tables';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { article, highlight } from '../backup/fixtures';

let db: LensDatabase;
let count = 0;
const stops: Array<() => void> = [];

// Opened first: creating the tables is itself a change to each of them.
beforeEach(async () => {
  db = new LensDatabase(`watch-${++count}`);
  await db.open();
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await db.delete();
});

const URL = 'https://example.com/why-pytorch-won';
const settle = () => new Promise((done) => setTimeout(done, 20));

describe('watchTables', () => {
  it('calls back after writes to the tables it watches, and not after others', async () => {
    let calls = 0;
    stops.push(watchTables([db.highlights, db.articles], () => calls++));
    await db.settings.put({ id: 'settings', value: DEFAULT_SETTINGS, updatedAt: 1 });
    await db.synced.put({ docId: 'a'.repeat(32), highlightId: 'h1', updatedAt: 1, rev: '1-a' });
    await settle();
    expect(calls).toBe(0);

    await db.articles.put(article('a1', URL));
    await db.highlights.bulkPut([highlight('h1', 'a1'), highlight('h2', 'a1')]);
    await settle();
    expect(calls).toBe(2);
  });

  it('does not tell another database of the same tables', async () => {
    const other = new LensDatabase(`watch-other-${count}`);
    await other.open();
    let calls = 0;
    stops.push(watchTables([other.highlights], () => calls++));
    await db.highlights.put(highlight('h1', 'a1'));
    await settle();
    expect(calls).toBe(0);
    await other.delete();
  });

  it('stops calling back once stopped', async () => {
    let calls = 0;
    const stop = watchTables([db.highlights], () => calls++);
    stop();
    await db.highlights.put(highlight('h1', 'a1'));
    await settle();
    expect(calls).toBe(0);
  });
});

describe('followQuery', () => {
  it('shows a first read, then the table again after each write', async () => {
    const shown: number[] = [];
    stops.push(
      followQuery(
        [db.highlights],
        () => db.highlights.count(),
        (n) => shown.push(n),
      ),
    );
    await settle();
    expect(shown).toEqual([0]);
    await db.highlights.put(highlight('h1', 'a1'));
    await settle();
    expect(shown.at(-1)).toBe(1);
    await db.settings.put({ id: 'settings', value: DEFAULT_SETTINGS, updatedAt: 1 });
    await settle();
    expect(shown).toHaveLength(2);
  });

  it('reads once more when writes come during a read, so the last result is the latest', async () => {
    const shown: number[] = [];
    let reads = 0;
    stops.push(
      followQuery(
        [db.highlights],
        async () => {
          reads++;
          return db.highlights.count();
        },
        (n) => shown.push(n),
      ),
    );
    // A burst of separate writes: each one would start a read if reads were not one at a time.
    await Promise.all(Array.from({ length: 20 }, (_, k) => db.highlights.put(highlight(`h${k}`, 'a1'))));
    await settle();
    expect(shown.at(-1)).toBe(20);
    expect(reads).toBeLessThan(20);
  });

  it('shows nothing after it was stopped', async () => {
    const shown: number[] = [];
    const stop = followQuery(
      [db.highlights],
      () => db.highlights.count(),
      (n) => shown.push(n),
    );
    stop();
    await db.highlights.put(highlight('h1', 'a1'));
    await settle();
    expect(shown).toEqual([]);
  });
});
