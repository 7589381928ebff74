import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db/database';
import { addHighlight, updateHighlight } from '@/utils/db/highlights';
import type { SyncController } from '@/utils/sync/controller';
import { watchHighlights } from '@/utils/sync/outbox';
import { article } from '../backup/fixtures';
import { startCouch, type CouchServer } from '../../e2e/support/couch-server';
import { testSync } from './devices';

const PASSPHRASE = 'correct horse battery staple';
const URL = 'https://example.com/why-pytorch-won';
let couch: CouchServer;
let count = 0;

beforeAll(async () => {
  couch = await startCouch();
}, 60_000);
afterAll(async () => {
  await couch?.close();
});

/** A device as the background makes it: the database, its outbox, and sync. */
function device(): { db: LensDatabase; sync: SyncController } {
  const db = new LensDatabase(`controller-${++count}`);
  const sync = testSync(db);
  watchHighlights(db, sync.changed);
  return { db, sync };
}

async function eventually<T>(read: () => Promise<T> | T, done: (value: T) => boolean, what: string): Promise<T> {
  const until = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}: last ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const setup = (database: string, passphrase = PASSPHRASE) => ({ server: couch.url, database, passphrase });

/** A highlight of `exact` on the test article, saved as the background saves one. */
const saveHighlight = (db: LensDatabase, exact: string, note = '') =>
  addHighlight(
    db,
    {
      articleId: 'art-a',
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
      colour: 'yellow',
      note,
    },
    Date.now(),
  );

describe('sync through a CouchDB-compatible server', { timeout: 60_000 }, () => {
  it('carries a new highlight and its note to a second device, and the edit back', async () => {
    const a = device();
    const b = device();
    await a.db.articles.add(article('art-a', URL, 5));
    const made = await saveHighlight(a.db, 'PyTorch won', 'from A');
    expect(await a.sync.turnOn(setup('library-one'))).toMatchObject({ ok: true });
    expect(await b.sync.turnOn(setup('library-one'))).toMatchObject({ ok: true });
    await eventually(
      () => b.db.highlights.get(made.id),
      (found) => found?.note === 'from A',
      'the highlight on B',
    );

    await updateHighlight(b.db, made.id, { note: 'edited on B' }, Date.now() + 1000);
    await eventually(
      () => a.db.highlights.get(made.id),
      (found) => found?.note === 'edited on B',
      'the edit on A',
    );
    expect(a.sync.status()).toMatchObject({ host: new globalThis.URL(couch.url).host });
    await a.sync.turnOff();
    await b.sync.turnOff();
  });

  it('refuses a wrong passphrase on a second device, and changes nothing there', async () => {
    const a = device();
    const c = device();
    expect(await a.sync.turnOn(setup('library-two'))).toMatchObject({ ok: true });
    const refused = await c.sync.turnOn(setup('library-two', 'not the same passphrase'));
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(/passphrase does not open/) });
    expect(await c.db.syncSetup.count()).toBe(0);
    expect(c.sync.status()).toEqual({ state: 'off' });
    await a.sync.turnOff();
  });

  it('says the server is out of reach, keeps edits, and sends them when it is back', async () => {
    const a = device();
    await a.db.articles.add(article('art-a', URL, 5));
    expect(await a.sync.turnOn(setup('library-three'))).toMatchObject({ ok: true });
    await couch.goDown();
    const made = await saveHighlight(a.db, 'while down', 'written offline');
    const offline = await eventually(
      () => a.sync.status(),
      (status) => status.state === 'offline',
      'the offline status',
    );
    expect(offline).toMatchObject({ error: 'no answer from the server', retryAt: expect.any(Number) });
    await couch.comeBack();
    await a.sync.syncNow();
    await eventually(
      () => a.sync.status(),
      (status) => status.state === 'synced',
      'synced again',
    );
    const b = device();
    expect(await b.sync.turnOn(setup('library-three'))).toMatchObject({ ok: true });
    await eventually(
      () => b.db.highlights.get(made.id),
      (found) => found?.note === 'written offline',
      'the offline edit on B',
    );
    await a.sync.turnOff();
    await b.sync.turnOff();
  });

  it('turned off and on again, recognises what it already sent: no rival versions on the server', async () => {
    const a = device();
    await a.db.articles.add(article('art-a', URL, 5));
    await saveHighlight(a.db, 'once only');
    expect(await a.sync.turnOn(setup('library-four'))).toMatchObject({ ok: true });
    await eventually(
      () => a.sync.status(),
      (status) => status.state === 'synced',
      'synced',
    );
    await a.sync.turnOff();
    expect(await a.sync.turnOn(setup('library-four'))).toMatchObject({ ok: true });
    await eventually(
      () => a.sync.status(),
      (status) => status.state === 'synced',
      'synced again',
    );
    const docs = await couch.allDocs('library-four');
    expect(docs).toHaveLength(2); // the key check and the highlight
    for (const doc of docs) {
      expect(doc._conflicts).toBeUndefined();
      expect(String(doc._rev)).toMatch(/^1-/);
    }
    await a.sync.turnOff();
  });
});
