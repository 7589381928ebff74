// Page-side peer for the sync bench: PouchDB alone (no encryption, no bridge to Dexie) moving the
// same number of documents of the same size, from one IndexedDB database to the server, then from
// the server to a second, empty IndexedDB database.
import PouchDB from 'pouchdb-browser';

type PeerWindow = Window & { pouchPeer: (server: string, count: number, bytes: number) => Promise<number> };

const replicated = (from: unknown, to: unknown): Promise<void> =>
  new Promise((resolve, reject) => {
    // biome-ignore lint/suspicious/noExplicitAny: PouchDB's static replicate is not in utils/sync/pouch.ts
    (PouchDB as any).replicate(from, to, { batch_size: 250 }).on('complete', resolve).on('error', reject);
  });

(window as unknown as PeerWindow).pouchPeer = async (server, count, bytes) => {
  const run = Math.random().toString(36).slice(2);
  const first = new PouchDB(`peer-a-${run}`);
  const second = new PouchDB(`peer-b-${run}`);
  const body = 'x'.repeat(bytes);
  for (let start = 0; start < count; start += 250) {
    const docs = Array.from({ length: Math.min(250, count - start) }, (_, index) => ({
      _id: `doc-${run}-${start + index}`,
      data: body,
    }));
    await first.bulkDocs(docs);
  }
  const remote = new PouchDB(`${server}/peer-${run}`);
  const began = performance.now();
  await replicated(first, remote);
  await replicated(remote, second);
  return performance.now() - began;
};
