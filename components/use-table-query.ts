import type { Table } from 'dexie';
import { type DependencyList, useEffect, useState } from 'react';
import { sameJson } from '@/utils/backup/same-json';
import { followQuery } from '@/utils/db/watch-tables';

/**
 * What `query` reads, read again whenever one of `tables` is written (utils/db/watch-tables.ts);
 * undefined until the first read, and while `query` is null (nothing is read then). `deps` are what
 * the query depends on besides the tables.
 */
export function useTableQuery<T>(
  tables: readonly Table[],
  query: (() => Promise<T>) | null,
  deps: DependencyList,
): T | undefined {
  const [result, setResult] = useState<{ value: T }>();
  // A result read again unchanged (sync writing other articles' highlights) does not draw the page again.
  const show = (value: T) => setResult((last) => (last && sameJson(last.value, value) ? last : { value }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query is new each render; deps say when it changes.
  useEffect(
    () => (query ? followQuery(tables, query, show) : undefined),
    [tables.map((table) => `${table.db.name}/${table.name}`).join(), ...deps],
  );
  return query ? result?.value : undefined;
}
