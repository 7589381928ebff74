import Dexie, { type ObservabilitySet, type Table } from 'dexie';

/**
 * Calls `changed` after every write to one of `tables`, whether this page made it or another
 * extension page did (the background's writes arrive through Dexie's BroadcastChannel). Only the
 * names of the changed parts are read, so a write naming thousands of keys costs nothing here.
 * Returns the function that stops watching.
 */
export function watchTables(tables: readonly Table[], changed: () => void): () => void {
  const prefixes = tables.map((table) => `idb://${table.db.name}/${table.name}/`);
  const listener = (parts: ObservabilitySet) => {
    // 'all': Dexie's word for "anything may have changed" (a page back from the back-forward cache).
    for (const part in parts)
      if (part === 'all' || prefixes.some((prefix) => part.startsWith(prefix))) return changed();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}

/**
 * Shows what `query` reads, and again after each write to `tables`: one read at a time, and
 * writes made during a read cause one more, so the last result shown is never older than the
 * last write. Dexie's own live queries serve the same purpose with key-exact precision, but each
 * one merges every changed key into a set it keeps until its tables change, so one that watches
 * settings grows by every highlight sync files (10,000 keys, 30 ms a batch in the popup).
 * Returns the function that stops following.
 */
export function followQuery<T>(
  tables: readonly Table[],
  query: () => Promise<T>,
  show: (result: T) => void,
): () => void {
  let live = true;
  let reading = false;
  let again = false;
  const read = async () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    do {
      again = false;
      try {
        const result = await query();
        if (live) show(result);
      } catch (error) {
        // A failed read shows nothing new; the next write tries again.
        console.error('Interview Lens could not read its database:', error);
      }
    } while (again && live);
    reading = false;
  };
  const stop = watchTables(tables, () => void read());
  void read();
  return () => {
    live = false;
    stop();
  };
}
