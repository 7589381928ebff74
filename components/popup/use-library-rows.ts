import { useEffect, useState } from 'react';
import type { LensDatabase } from '@/utils/db/database';
import { followLibrary } from '@/utils/library/follow';
import { loadFirstScreen } from '@/utils/library/load';
import type { LibraryRow } from '@/utils/library/rows';
import { useAfterFirstFrame } from './use-after-first-frame';
import { useTableQuery } from '@/components/use-table-query';

/** Newest highlights whose articles make the first screen: several screens' worth, so scrolling at once still finds rows. */
const FIRST_SCREEN = 30;
/** Every row, followed as the library changes (utils/library/follow.ts). */
function useWholeLibrary(db: LensDatabase, wanted: boolean): LibraryRow[] | null {
  const [rows, setRows] = useState<LibraryRow[] | null>(null);
  useEffect(() => (wanted ? followLibrary(db, setRows) : undefined), [db, wanted]);
  return rows;
}

/**
 * The library's rows for the views that list it: first the beginning of the list (a bounded read),
 * then every row, read once that beginning is on screen (reading and cloning 10,000 records holds
 * the page's thread). `complete` says the rows are all of them.
 */
export function useLibraryRows(
  db: LensDatabase,
  wanted: boolean,
): { rows: readonly LibraryRow[] | undefined; complete: boolean } {
  const [firstShown, setFirstShown] = useState(false);
  const everything = useWholeLibrary(db, wanted && firstShown);
  const complete = Boolean(everything);
  // Once every row is there, the first screen's query stops following changes.
  const first = useTableQuery(
    [db.highlights, db.articles],
    wanted && !complete ? () => loadFirstScreen(db, FIRST_SCREEN) : null,
    [db, wanted, complete],
  );
  if (useAfterFirstFrame(Boolean(first)) && !firstShown) setFirstShown(true);
  return { rows: everything ?? first ?? undefined, complete };
}
