import { sameJson } from '../backup/same-json';
import type { LensDatabase } from '../db/database';
import type { ArticleRecord, HighlightRecord } from '../db/records';
import { withOtherEdits } from '../db/other-edits';
import type { SyncedRecord } from '../db/sync-records';
import { documentId, seal, unseal, type Sealed, type SyncKeys } from './crypto';
import { foldArticle, mergeVersions } from './merge-versions';
import { payloadAge, payloadId, PayloadSchema, type Payload } from './payload';
import type { PouchDoc, Replica } from './pouch';

/** A document of the replica: a sealed payload under a keyed-hash id (the key check aside). */
export type SealedDoc = Sealed & { v: 1 };

/** A highlight's document id (utils/sync/crypto.ts documentId). */
const DOC_ID = /^[0-9a-f]{32}$/;

/** Documents read or written at once: one transaction's worth, small enough not to hold the thread. */
const BATCH = 250;

export interface Bridge {
  /** Sends the given highlights' saved state to the replica (all of them when none are given). */
  push(ids?: readonly string[]): Promise<void>;
  /** Files into the database what reached the replica since the last call. */
  pull(): Promise<void>;
  /** Waits for the call under way, then refuses any other: sync was turned off. */
  close(): Promise<void>;
}

type Doc = SealedDoc & PouchDoc;

/** The bookkeeping for a version now in the replica under `rev`. */
const exchanged = (docId: string, payload: Payload, rev: string): SyncedRecord => ({
  docId,
  highlightId: payloadId(payload),
  rev,
  updatedAt: payloadAge(payload),
  ...(payload.kind === 'gone' ? { deleted: true as const } : {}),
});

/** The other devices' notes a version keeps beside its own (utils/sync/merge-versions.ts). */
const otherNotesOf = (payload: Payload) => (payload.kind === 'highlight' ? (payload.highlight.alsoEdited ?? []) : []);

const chunks = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, index) =>
    items.slice(index * BATCH, (index + 1) * BATCH),
  );

/**
 * Joins the database every view reads (Dexie) and the local replica PouchDB syncs with the server.
 * Saved highlights go to the replica sealed; what arrives from other devices is opened, checked,
 * and filed by the same rules as a backup import: the newer version wins, articles merge by
 * address, deletions travel as sealed tombstones. `synced` remembers which version of each
 * highlight the replica holds, so each change crosses once and nothing echoes back. Calls run one
 * at a time.
 */
export function createBridge(
  db: LensDatabase,
  replica: Replica<SealedDoc>,
  keys: SyncKeys,
  checkpoint: { read(): Promise<number | string>; write(seq: number | string): Promise<void> },
  now: () => number,
): Bridge {
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const docIdOf = (highlightId: string) => documentId(keys, 'highlight', highlightId);

  /** The payload of a document, or undefined for one that is not a well-formed payload under these keys. */
  async function open(doc: Doc): Promise<Payload | undefined> {
    // Sealed under its own id: a server that moves a ciphertext to another document gets nothing filed.
    const parsed = PayloadSchema.safeParse(await unseal(keys, doc, doc._id).catch(() => undefined));
    return parsed.success ? parsed.data : undefined;
  }

  // A deletion is a live document too: CouchDB prefers any live revision to a deleted one, so a
  // deletion written as `_deleted` would lose to an older edit made elsewhere at the same time.
  async function sealedDoc(docId: string, payload: Payload, rev?: string) {
    const sealed = await seal(keys, payload, docId);
    return { _id: docId, ...(rev ? { _rev: rev } : {}), v: 1 as const, ...sealed };
  }

  /**
   * What the database holds for one highlight, as a payload: a tombstone if it was deleted since it
   * was last exchanged; undefined if it never was, or if its article is missing (a highlight cannot
   * be filed elsewhere without it; it goes once the article is back).
   */
  const savedVersion = (
    highlight: HighlightRecord | undefined,
    entry: SyncedRecord | undefined,
    article: ArticleRecord | undefined,
  ): Payload | undefined =>
    highlight
      ? article && { kind: 'highlight', highlight, article }
      : entry && !entry.deleted
        ? { kind: 'gone', id: entry.highlightId, deletedAt: now() }
        : undefined;

  async function pushBatch(ids: readonly string[]): Promise<void> {
    const docIds = await Promise.all(ids.map(docIdOf));
    const [highlights, entries] = await Promise.all([db.highlights.bulkGet([...ids]), db.synced.bulkGet(docIds)]);
    const articleIds = [...new Set(highlights.flatMap((highlight) => (highlight ? [highlight.articleId] : [])))];
    const articles = new Map(
      (await db.articles.bulkGet(articleIds)).flatMap((article) => (article ? [[article.id, article] as const] : [])),
    );
    const outgoing: Array<{ docId: string; payload: Payload; entry?: SyncedRecord }> = [];
    for (const [index, highlight] of highlights.entries()) {
      const entry = entries[index];
      if (highlight && entry?.updatedAt === highlight.updatedAt && !entry.deleted && !entry.unsent) continue; // exchanged as it is
      const payload = savedVersion(highlight, entry, highlight && articles.get(highlight.articleId));
      if (payload) outgoing.push({ docId: docIds[index]!, entry, payload });
    }
    if (outgoing.length === 0) return;
    const current = await replica.allDocs({ keys: outgoing.map(({ docId }) => docId) });
    // The replica moved on since this device last read it: the pull files that version first,
    // merging it with this edit, and sends the result.
    const sent = outgoing.filter((item, index) => current.rows[index]?.value?.rev === item.entry?.rev);
    // (So the replica's revision is the one this device last exchanged.)
    const docs = await Promise.all(sent.map((item) => sealedDoc(item.docId, item.payload, item.entry?.rev)));
    const results = await replica.bulkDocs(docs);
    const written = results.flatMap((result, index) => (result.ok ? [{ result, item: sent[index]! }] : []));
    await db.synced.bulkPut(written.map(({ result, item }) => exchanged(item.docId, item.payload, result.rev)));
  }

  /** The replica's version of a document: its own, or all its conflicting leaves merged and written back as one. */
  async function replicaVersion(doc: Doc): Promise<{ payload: Payload; rev: string } | undefined> {
    if (!doc._conflicts?.length) {
      const payload = await open(doc);
      return payload && { payload, rev: doc._rev };
    }
    const leaves = await replica.get(doc._id, { open_revs: 'all' });
    // Deleted leaves are conflicts already closed.
    const live = leaves.flatMap(({ ok }) => (ok && !ok._deleted ? [ok] : []));
    const opened = await Promise.all(live.map((ok) => open(ok).then((payload) => ({ ok, payload }))));
    const versions = opened.flatMap(({ payload }) => (payload ? [payload] : []));
    if (versions.length === 0) return undefined;
    const merged = versions.reduce(mergeVersions);
    // Every other live leaf is closed (the same closing revision on every device: PouchDB derives
    // it from the content), and the merged version replaces the winning leaf only if it differs,
    // so two devices settling the same conflict do not start another.
    const losers = opened
      .filter(({ ok }) => ok._rev !== doc._rev && !ok._deleted)
      .map(({ ok }) => ({ _id: ok._id, _rev: ok._rev, _deleted: true }));
    const winner = opened.find(({ ok }) => ok._rev === doc._rev)?.payload;
    if (winner && sameJson(winner, merged)) {
      await replica.bulkDocs(losers);
      return { payload: merged, rev: doc._rev };
    }
    const [result] = await replica.bulkDocs([await sealedDoc(doc._id, merged, doc._rev), ...losers]);
    return result?.ok ? { payload: merged, rev: result.rev } : undefined;
  }

  /**
   * The saved article at this payload's address (or id), folded with the payload's copy, and saved
   * when that changed it (a batch of one article's highlights writes it once, not once each).
   */
  async function fileArticle(incoming: ArticleRecord): Promise<ArticleRecord> {
    const saved =
      (await db.articles.get(incoming.id)) ?? (await db.articles.where('urls').anyOf(incoming.urls).first());
    const article = saved ? foldArticle(saved, incoming) : incoming;
    if (!saved || !sameJson(saved, article)) await db.articles.put(article);
    return article;
  }

  /**
   * Files one document's version (inside a transaction: database work only). Returns the highlight's
   * id when this device's version must go out again: it was newer, or merged with the arrival.
   */
  async function file(docId: string, { payload: arrived, rev }: { payload: Payload; rev: string }) {
    const id = payloadId(arrived);
    const [entry, highlight] = await Promise.all([db.synced.get(docId), db.highlights.get(id)]);
    // Edited here since the last exchange, and there too: both versions are merged, nothing lost.
    const editedHere = highlight ? highlight.updatedAt !== entry?.updatedAt : entry !== undefined && !entry.deleted;
    const saved = editedHere
      ? savedVersion(highlight, entry, highlight && (await db.articles.get(highlight.articleId)))
      : undefined;
    // Not edited here, but holding other notes the arrival lacks: merged here and not sent yet, or
    // kept by another merge of the same edit. They join the arrival's (its note is the newer one).
    const ownNotes =
      !editedHere &&
      highlight !== undefined &&
      (entry?.unsent === true ||
        (highlight.updatedAt === payloadAge(arrived) && !sameJson(otherNotesOf(arrived), highlight.alsoEdited ?? [])));
    await db.synced.put(exchanged(docId, arrived, rev));
    // Older than what is saved here (a merge elsewhere can send one): this device's version stays.
    if (!saved && highlight && payloadAge(arrived) < highlight.updatedAt) return id;
    const kept: Payload = saved
      ? mergeVersions(saved, arrived)
      : ownNotes && arrived.kind === 'highlight'
        ? {
            ...arrived,
            highlight: withOtherEdits(arrived.highlight, highlight.alsoEdited ?? [], highlight.dismissedEdits ?? []),
          }
        : arrived;
    if (kept.kind === 'gone') {
      await db.highlights.delete(id);
      // A deletion made here that won the merge still has to reach the other devices.
      return arrived.kind === 'gone' ? undefined : id;
    }
    const article = await fileArticle(kept.article);
    await db.highlights.put({ ...kept.highlight, articleId: article.id });
    // Sent again when it differs from what arrived: newer, or holding other notes the sender lacks.
    if (payloadAge(kept) !== payloadAge(arrived) || kept.kind !== arrived.kind) return id;
    if (sameJson(otherNotesOf(kept), otherNotesOf(arrived))) return undefined;
    // Same time as what arrived, so the push would take it for exchanged as it is: marked.
    await db.synced.put({ ...exchanged(docId, arrived, rev), unsent: true });
    return id;
  }

  async function pull(): Promise<void> {
    for (;;) {
      const since = await checkpoint.read();
      const changes = await replica.changes({ since, limit: BATCH, include_docs: true, conflicts: true });
      if (changes.results.length === 0) return;
      // The key check, or anything not of ours, is no highlight.
      const docs = changes.results.flatMap(({ doc }) => (doc && DOC_ID.test(doc._id) ? [doc] : []));
      const entries = await db.synced.bulkGet(docs.map((doc) => doc._id));
      // This device's own writes come back through the feed: only other versions are filed.
      const arrived = docs.filter((doc, index) => entries[index]?.rev !== doc._rev || doc._conflicts?.length);
      // Opening (WebCrypto) and merging leaves (PouchDB) first: a transaction ends at any other wait.
      const versions = await Promise.all(arrived.map(replicaVersion));
      if (closed) return;
      const resend = await db.transaction('rw', [db.highlights, db.articles, db.synced], async () => {
        const again: string[] = [];
        for (const [index, doc] of arrived.entries()) {
          const version = versions[index];
          const id = version && (await file(doc._id, version));
          if (id) again.push(id);
        }
        return again;
      });
      await checkpoint.write(changes.last_seq);
      for (const batch of chunks(resend)) await pushBatch(batch);
    }
  }

  async function push(ids?: readonly string[]): Promise<void> {
    const all = ids ?? [
      ...new Set([
        ...((await db.highlights.toCollection().primaryKeys()) as string[]),
        ...(await db.synced.toArray()).filter((entry) => !entry.deleted).map((entry) => entry.highlightId),
      ]),
    ];
    for (const batch of chunks(all)) await pushBatch(batch);
  }

  return {
    push: (ids) => inTurn(() => (closed ? Promise.resolve() : push(ids))),
    pull: () => inTurn(() => (closed ? Promise.resolve() : pull())),
    close: () => {
      closed = true;
      return inTurn(() => Promise.resolve());
    },
  };
}
