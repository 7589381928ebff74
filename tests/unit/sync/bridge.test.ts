import { afterEach, describe, expect, it } from 'vitest';
import { updateHighlight } from '@/utils/db/highlights';
import { article, highlight } from '../backup/fixtures';
import { device, exchange, memoryReplica, syncDevice, testKeys, type Device } from './devices';

const URL = 'https://example.com/why-pytorch-won';
const opened: Device[] = [];

async function twoDevices() {
  const keys = await testKeys();
  const server = memoryReplica('server');
  const a = await device('a', keys);
  const b = await device('b', keys);
  opened.push(a, b);
  return { server, a, b };
}

/** Two devices that both hold highlight h1 (made on A with `fields`), synced through the server. */
async function twoDevicesWithOneHighlight(fields: Parameters<typeof highlight>[3] = {}) {
  const devices = await twoDevices();
  const { server, a, b } = devices;
  await a.db.articles.add(article('art-a', URL, 5));
  await a.db.highlights.add(highlight('h1', 'art-a', 5, fields));
  await syncDevice(a, server);
  await syncDevice(b, server);
  return devices;
}

afterEach(async () => {
  for (const { db } of opened.splice(0)) await db.delete();
});

const noteOn = async (d: Device, id: string) => (await d.db.highlights.get(id))?.note;

describe('a highlight crossing two devices', () => {
  it('arrives with its note and article, then the other device’s edit and delete come back', async () => {
    const { server, a, b } = await twoDevices();
    await a.db.articles.add(article('art-a', URL, 5, { title: 'Why PyTorch won' }));
    await a.db.highlights.add(highlight('h1', 'art-a', 5, { note: 'the key claim', tags: ['ml'] }));
    await syncDevice(a, server);
    await syncDevice(b, server);
    expect(await b.db.highlights.get('h1')).toMatchObject({ note: 'the key claim', tags: ['ml'], articleId: 'art-a' });
    expect((await b.db.articles.get('art-a'))?.title).toBe('Why PyTorch won');

    await b.db.highlights.update('h1', { note: 'edited on B', updatedAt: 9 });
    await syncDevice(b, server, ['h1']);
    await syncDevice(a, server);
    expect(await noteOn(a, 'h1')).toBe('edited on B');

    await a.db.highlights.delete('h1');
    await syncDevice(a, server, ['h1']);
    await syncDevice(b, server);
    expect(await b.db.highlights.get('h1')).toBeUndefined();
  });

  it('files a highlight under the article this device already has at that address', async () => {
    const { server, a, b } = await twoDevices();
    await a.db.articles.add(article('art-a', URL, 5));
    await a.db.highlights.add(highlight('h1', 'art-a', 5));
    await b.db.articles.add(article('art-b', URL, 3, { urls: [URL, `${URL}?page=2`] }));
    await syncDevice(a, server);
    await syncDevice(b, server);
    expect((await b.db.highlights.get('h1'))?.articleId).toBe('art-b');
    expect(await b.db.articles.count()).toBe(1);
    expect((await b.db.articles.get('art-b'))?.urls).toEqual([URL, `${URL}?page=2`]);
  });

  it('sends nothing back that it just received', async () => {
    const { b } = await twoDevicesWithOneHighlight();
    const before = await b.replica.allDocs({ keys: (await b.db.synced.toArray()).map((entry) => entry.docId) });
    await b.bridge.push();
    const after = await b.replica.allDocs({ keys: (await b.db.synced.toArray()).map((entry) => entry.docId) });
    expect(after.rows.map((row) => row.value?.rev)).toEqual(before.rows.map((row) => row.value?.rev));
  });
});

describe('both devices edit the same note before syncing', () => {
  it('keeps the newer note and the older one beside it, the same on both devices', async () => {
    const { server, a, b } = await twoDevicesWithOneHighlight({ note: 'first' });
    // The server is out of reach: each edits on its own.
    await a.db.highlights.update('h1', { note: 'from A', updatedAt: 10 });
    await b.db.highlights.update('h1', { note: 'from B', updatedAt: 20 });
    await a.bridge.push(['h1']);
    await b.bridge.push(['h1']);
    // Back online, in either order, twice round so both have seen everything.
    for (let round = 0; round < 2; round++) {
      await syncDevice(a, server);
      await syncDevice(b, server);
    }
    for (const d of [a, b]) {
      expect(await d.db.highlights.get('h1')).toMatchObject({
        note: 'from B',
        updatedAt: 20,
        alsoEdited: [{ note: 'from A', updatedAt: 10 }],
      });
    }
  });

  it('keeps every note when three devices edit one highlight offline, whichever meets which first', async () => {
    const keys = await testKeys();
    const server = memoryReplica('server-three');
    const [a, b, c] = await Promise.all(['a3', 'b3', 'c3'].map((name) => device(name, keys)));
    opened.push(a!, b!, c!);
    await a!.db.articles.add(article('art-a', URL, 5));
    await a!.db.highlights.add(highlight('h1', 'art-a', 5, { note: 'first' }));
    for (const d of [a!, b!, c!]) await syncDevice(d, server);
    const edits: Array<[Device, string, number]> = [
      [a!, 'from A', 10],
      [b!, 'from B', 30],
      [c!, 'from C', 20],
    ];
    for (const [d, note, at] of edits) {
      await d.db.highlights.update('h1', { note, updatedAt: at });
      await d.bridge.push(['h1']);
    }
    // C meets the server first, then B, then A; then all of them again until nothing moves.
    for (let round = 0; round < 3; round++) for (const d of [c!, b!, a!]) await syncDevice(d, server);
    for (const d of [a!, b!, c!]) {
      expect(await d.db.highlights.get('h1')).toMatchObject({
        note: 'from B',
        alsoEdited: [
          { note: 'from C', updatedAt: 20 },
          { note: 'from A', updatedAt: 10 },
        ],
      });
    }
  });

  it('shows the other note on both devices when one merged an edit it had not sent yet', async () => {
    const { server, a, b } = await twoDevicesWithOneHighlight({ note: 'first' });
    await b.db.highlights.update('h1', { note: 'from B', updatedAt: 20 });
    await syncDevice(b, server, ['h1']);
    // A edited too, and receives B's newer edit before its own went out.
    await a.db.highlights.update('h1', { note: 'from A', updatedAt: 10 });
    await exchange(a.replica, server);
    await a.bridge.pull();
    await syncDevice(a, server);
    await syncDevice(b, server);
    for (const d of [a, b]) {
      expect(await d.db.highlights.get('h1')).toMatchObject({
        note: 'from B',
        alsoEdited: [{ note: 'from A', updatedAt: 10 }],
      });
    }
  });

  it('keeps a merged note that could not go out yet when a newer edit arrives first', async () => {
    const { server, a, b } = await twoDevicesWithOneHighlight({ note: 'first' });
    await b.db.highlights.update('h1', { note: 'from B', updatedAt: 20 });
    await syncDevice(b, server, ['h1']);
    await a.db.highlights.update('h1', { note: 'from A', updatedAt: 10 });
    await exchange(a.replica, server);
    // A merges, but its replica refuses the merged version once (as when it moved on meanwhile).
    const write = a.replica.bulkDocs.bind(a.replica);
    let refuse = true;
    a.replica.bulkDocs = async (docs) => {
      if (!refuse) return write(docs);
      refuse = false;
      return docs.map(() => ({ ok: false, id: '', rev: '', error: 'conflict' }));
    };
    await a.bridge.pull();
    // B edits again before A's merge went out; A's replica receives it first.
    await b.db.highlights.update('h1', { note: 'B again', updatedAt: 30 });
    await syncDevice(b, server, ['h1']);
    await exchange(a.replica, server);
    await a.bridge.pull();
    for (let round = 0; round < 2; round++) for (const d of [a, b]) await syncDevice(d, server);
    for (const d of [a, b]) {
      expect(await d.db.highlights.get('h1')).toMatchObject({
        note: 'B again',
        alsoEdited: [{ note: 'from A', updatedAt: 10 }],
      });
    }
  });

  it('does not offer again a note the reader chose against, when another device edited something else', async () => {
    const { server, a, b } = await twoDevices();
    await a.db.articles.add(article('art-a', URL, 5));
    await a.db.highlights.add(
      highlight('h1', 'art-a', 5, { note: 'kept', alsoEdited: [{ note: 'the other', updatedAt: 3 }] }),
    );
    await syncDevice(a, server);
    await syncDevice(b, server);
    // A keeps its note; B, not knowing, adds a tag.
    await updateHighlight(a.db, 'h1', { alsoEdited: null }, 30);
    await updateHighlight(b.db, 'h1', { tags: ['foundation'] }, 20);
    await a.bridge.push(['h1']);
    await b.bridge.push(['h1']);
    for (let round = 0; round < 2; round++) for (const d of [a, b]) await syncDevice(d, server);
    for (const d of [a, b]) {
      const saved = await d.db.highlights.get('h1');
      expect(saved?.note).toBe('kept');
      expect(saved?.alsoEdited).toBeUndefined();
    }
  });

  it('brings back a highlight edited on one device after the other deleted it', async () => {
    const { server, a, b } = await twoDevicesWithOneHighlight({ note: 'first' });
    await a.db.highlights.delete('h1');
    await a.bridge.push(['h1']);
    await b.db.highlights.update('h1', { note: 'still wanted', updatedAt: Date.now() + 60_000 });
    await b.bridge.push(['h1']);
    for (let round = 0; round < 2; round++) {
      await syncDevice(a, server);
      await syncDevice(b, server);
    }
    expect(await noteOn(a, 'h1')).toBe('still wanted');
    expect(await noteOn(b, 'h1')).toBe('still wanted');
  });
});

describe('a delete on one device, an edit on the other, before either synced', () => {
  it('sends a deletion made here that wins over an older edit filed in the meantime', async () => {
    const { server, a, b } = await twoDevicesWithOneHighlight({ note: 'first' });
    await b.db.highlights.update('h1', { note: 'an early edit', updatedAt: 10 });
    await syncDevice(b, server, ['h1']);
    // Deleted here, and the edit arrives before this device has sent the deletion.
    await a.db.highlights.delete('h1');
    await exchange(a.replica, server);
    await a.bridge.pull();
    expect(await a.db.highlights.get('h1')).toBeUndefined();
    await exchange(a.replica, server);
    await syncDevice(b, server);
    expect(await b.db.highlights.get('h1')).toBeUndefined();
  });

  it('removes the highlight everywhere when the delete came after the edit', async () => {
    const { server, a, b } = await twoDevicesWithOneHighlight({ note: 'first' });
    await b.db.highlights.update('h1', { note: 'an early edit', updatedAt: 10 });
    await b.bridge.push(['h1']);
    await a.db.highlights.delete('h1'); // deleted now, long after the edit at 10
    await a.bridge.push(['h1']);
    for (let round = 0; round < 2; round++) {
      await syncDevice(b, server);
      await syncDevice(a, server);
    }
    expect(await a.db.highlights.get('h1')).toBeUndefined();
    expect(await b.db.highlights.get('h1')).toBeUndefined();
  });
});

describe('what the server holds', () => {
  it('has no quote, note, tag, title or address in clear, only hashed ids and ciphertext', async () => {
    const { server, a } = await twoDevices();
    await a.db.articles.add(article('article-id-9d2e', URL, 5, { title: 'Why PyTorch won' }));
    await a.db.highlights.add(
      highlight('highlight-id-7f3c', 'article-id-9d2e', 5, {
        note: 'a private thought',
        tags: ['secret-tag'],
        quote: { type: 'TextQuoteSelector', exact: 'PyTorch won because', prefix: 'So ', suffix: ' of' },
      }),
    );
    await syncDevice(a, server);
    const everything = JSON.stringify(await server.allDocs({ include_docs: true }));
    for (const secret of [
      'a private thought',
      'secret-tag',
      'PyTorch',
      'example.com',
      'highlight-id-7f3c',
      'article-id-9d2e',
    ])
      expect(everything).not.toContain(secret);
    expect(everything).toMatch(/"_id":"[0-9a-f]{32}"/);
  });

  it('files nothing a server moved from one document to another', async () => {
    const { server, a, b } = await twoDevices();
    await a.db.articles.add(article('art-a', URL, 5));
    await a.db.highlights.bulkAdd([
      highlight('h1', 'art-a', 5, { note: 'one' }),
      highlight('h2', 'art-a', 5, { note: 'two' }),
    ]);
    await syncDevice(a, server);
    const { rows } = await server.allDocs({ include_docs: true });
    const [first, second] = rows.map((row) => row.doc!).filter((doc) => /^[0-9a-f]{32}$/.test(doc._id));
    // The server puts the first document's ciphertext under the second's id.
    await server.put({
      ...second!,
      iv: (first as unknown as { iv: string }).iv,
      data: (first as unknown as { data: string }).data,
    });
    await syncDevice(b, server);
    // Only the untouched document is filed: the moved one opens under no other id.
    expect(await b.db.highlights.count()).toBe(1);
    expect(await b.db.synced.count()).toBe(1);
  });

  it('is unreadable with another passphrase’s keys: nothing is filed', async () => {
    const { server, a } = await twoDevices();
    await a.db.articles.add(article('art-a', URL, 5));
    await a.db.highlights.add(highlight('h1', 'art-a', 5));
    await syncDevice(a, server);
    const stranger = await device('c', await testKeys(9));
    opened.push(stranger);
    await syncDevice(stranger, server);
    expect(await stranger.db.highlights.count()).toBe(0);
  });
});
