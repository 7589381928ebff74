import Dexie, { type ObservabilitySet } from 'dexie';
import type { LensDatabase } from '../db/database';
import type { ArticleRecord } from '../db/records';
import { readHighlightsInSlices } from './load';
import { LibraryJoin, type LibraryRow } from './rows';

/**
 * A node of the range tree Dexie's change events carry: a RangeSet from this page, plain data of the
 * same shape from another (the background's writes arrive through a BroadcastChannel).
 */
export interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
}

/** The ids a changed range names one by one, or 'all' when it spans more (a bulk write, a clear). */
export function changedIds(range: RangeNode): string[] | 'all' {
  const ids: string[] = [];
  const stack = [range];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!('from' in node)) continue; // the empty set
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    ids.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return ids;
}

/** Writes closer together than this (sync filling the library) are read back at once… */
const QUIET_MS = 300;
/** …but a stream of them is read back at least this often. */
const LONGEST_WAIT_MS = 2000;

/**
 * Shows the whole library, then follows its changes, wherever in the extension they are made: a
 * highlight written or deleted is read back alone, not the whole library again, so sync can add a
 * batch every second to 10,000 highlights while a page shows them and keep its thread free. A
 * change that names no single highlights (an import, a wipe) reads everything again, in slices.
 * Returns the function that stops following.
 */
export function followLibrary(db: LensDatabase, show: (rows: LibraryRow[]) => void, quietMs = QUIET_MS): () => void {
  let join = new LibraryJoin();
  let articles: ArticleRecord[] = [];
  let stale: Set<string> | 'all' = 'all';
  let articlesStale = true;
  let live = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | undefined;
  let turn = Promise.resolve();

  async function refresh(): Promise<void> {
    const ids = stale;
    const rereadArticles = articlesStale;
    stale = new Set();
    articlesStale = false;
    if (ids === 'all') {
      const highlights = await readHighlightsInSlices(db);
      join = new LibraryJoin();
      for (const highlight of highlights) join.put(highlight);
    } else if (ids.size > 0) {
      const wanted = [...ids];
      const found = await db.highlights.bulkGet(wanted);
      wanted.forEach((id, index) => {
        const highlight = found[index];
        if (highlight) join.put(highlight);
        else join.remove(id);
      });
    }
    if (rereadArticles) articles = await db.articles.toArray();
    join.setArticles(articles);
    if (live) show(join.rows());
  }
  const run = () => {
    waitingSince = undefined;
    turn = turn.then(refresh, refresh);
  };

  const highlightKeys = `idb://${db.name}/highlights/`;
  const articleParts = `idb://${db.name}/articles/`;
  const changed = (parts: ObservabilitySet) => {
    let touched = false;
    for (const [part, range] of Object.entries(parts)) {
      // 'all': Dexie's word for "anything may have changed" (a page back from the back-forward cache).
      if (part === 'all' || part.startsWith(articleParts)) {
        articlesStale = touched = true;
        if (part === 'all') stale = 'all';
      } else if (part === highlightKeys) {
        touched = true;
        const ids = stale === 'all' ? 'all' : changedIds(range as RangeNode);
        if (ids === 'all') stale = 'all';
        else for (const id of ids) (stale as Set<string>).add(id);
      }
    }
    if (!touched) return;
    clearTimeout(timer);
    waitingSince ??= Date.now();
    timer = setTimeout(run, Math.max(0, Math.min(quietMs, waitingSince + LONGEST_WAIT_MS - Date.now())));
  };
  Dexie.on('storagemutated', changed);
  run();
  return () => {
    live = false;
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(changed);
  };
}
