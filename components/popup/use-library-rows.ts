import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { LensDatabase } from '@/utils/db/database';
import { loadFirstScreen, loadLibrary } from '@/utils/library/load';
import type { LibraryRow } from '@/utils/library/rows';

/** Newest highlights whose articles make the first screen: several screens' worth, so scrolling at once still finds rows. */
const FIRST_SCREEN = 30;

/**
 * The library's rows for the views that list it: first the beginning of the list (a bounded read),
 * then every row, read once that beginning is on screen. `complete` says the rows are all of them.
 */
export function useLibraryRows(db: LensDatabase, wanted: boolean): { rows: readonly LibraryRow[] | undefined; complete: boolean } {
  const [shown, setShown] = useState(false);
  const everything = useLiveQuery(() => (wanted && shown ? loadLibrary(db) : null), [db, wanted, shown]);
  const complete = Boolean(everything);
  // Once every row is there, the first screen's query stops following changes.
  const first = useLiveQuery(() => (wanted && !complete ? loadFirstScreen(db, FIRST_SCREEN) : null), [db, wanted, complete]);
  useEffect(() => {
    if (!first || shown) return;
    // Reading (and cloning) 10,000 records holds the page's thread: it waits for the frame after the first rows.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setShown(true), 0)));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [first, shown]);
  return { rows: everything ?? first ?? undefined, complete };
}
