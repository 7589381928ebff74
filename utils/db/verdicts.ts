import type { LensDatabase } from './database';

/** The reader's verdict on a page (normalised address): true, false, or null where the lens decides. */
export async function readVerdict(db: LensDatabase, url: string): Promise<boolean | null> {
  return (await db.verdicts.get(url))?.isInterview ?? null;
}

/** Records the reader's verdict on a page; null gives the decision back to the lens. */
export async function writeVerdict(db: LensDatabase, url: string, isInterview: boolean | null, now: number): Promise<void> {
  if (isInterview === null) await db.verdicts.delete(url);
  else await db.verdicts.put({ url, isInterview, updatedAt: now });
}
