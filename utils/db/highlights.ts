import type { LensDatabase } from './database';
import type { HighlightRecord } from './records';

export type NewHighlight = Pick<HighlightRecord, 'articleId' | 'quote' | 'position' | 'colour'> &
  Partial<Pick<HighlightRecord, 'note' | 'tags'>>;

export async function addHighlight(db: LensDatabase, input: NewHighlight, now: number): Promise<HighlightRecord> {
  const record: HighlightRecord = {
    id: crypto.randomUUID(),
    articleId: input.articleId,
    quote: input.quote,
    position: input.position,
    colour: input.colour,
    note: input.note ?? '',
    tags: input.tags ?? [],
    createdAt: now,
    updatedAt: now,
  };
  await db.highlights.add(record);
  return record;
}

/** Highlights of one article, newest first. */
export async function listHighlights(db: LensDatabase, articleId: string): Promise<HighlightRecord[]> {
  const list = await db.highlights.where('articleId').equals(articleId).toArray();
  return list.sort((a, b) => b.createdAt - a.createdAt);
}

/** Deletes one highlight; returns whether it existed. */
export async function deleteHighlight(db: LensDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.highlights, async () => {
    const existed = (await db.highlights.get(id)) !== undefined;
    if (existed) await db.highlights.delete(id);
    return existed;
  });
}

export const countHighlights = (db: LensDatabase): Promise<number> => db.highlights.count();
