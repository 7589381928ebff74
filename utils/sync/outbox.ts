import type { DBCore, DBCoreMutateRequest } from 'dexie';
import type { LensDatabase } from '../db/database';

/** Which highlights a write touched: their ids, or 'all' for a range (a clear). */
function touched(request: DBCoreMutateRequest): string[] | 'all' {
  switch (request.type) {
    case 'add':
    case 'put':
      return request.values.map((value: { id: string }) => value.id);
    case 'delete':
      return request.keys as string[];
    case 'deleteRange':
      return 'all';
  }
}

/**
 * Tells `changed` about every write to the highlights table, once the write is done, whatever
 * code made it: sync sends those highlights on without each handler having to remember to.
 */
export function watchHighlights(db: LensDatabase, changed: (ids: string[] | 'all') => void): void {
  db.use({
    stack: 'dbcore',
    name: 'sync-outbox',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'highlights') return table;
        return {
          ...table,
          mutate: (request) =>
            table.mutate(request).then((response) => {
              changed(touched(request));
              return response;
            }),
        };
      },
    }),
  });
}
