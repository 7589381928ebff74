import type { LensDatabase } from './database';
import type { HighlightSpeaker } from '../messages/fields';
import type { HighlightRecord } from './records';
import { choiceMade } from './other-edits';

export type NewHighlight = Pick<HighlightRecord, 'articleId' | 'quote' | 'position' | 'colour'> &
  Partial<Pick<HighlightRecord, 'note' | 'tags' | 'fragment' | 'speaker' | 'projects'>>;

/**
 * What the reader can change of a highlight; `speaker: null` says no one said it, `alsoEdited:
 * null` that the reader chose between the note and another device's.
 */
export type HighlightChanges = Partial<Pick<HighlightRecord, 'colour' | 'note' | 'tags'>> & {
  speaker?: HighlightSpeaker | null;
  alsoEdited?: null;
};

export async function addHighlight(db: LensDatabase, input: NewHighlight, now: number): Promise<HighlightRecord> {
  const record: HighlightRecord = {
    id: crypto.randomUUID(),
    articleId: input.articleId,
    quote: input.quote,
    position: input.position,
    colour: input.colour,
    note: input.note ?? '',
    tags: input.tags ?? [],
    ...(input.fragment ? { fragment: input.fragment } : {}),
    ...(input.speaker ? { speaker: input.speaker } : {}),
    ...(input.projects?.length ? { projects: input.projects } : {}),
    anchorState: 'anchored',
    anchorCheckedAt: now,
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

/** Applies the reader's edits; returns the updated record, or undefined if it no longer exists. */
export async function updateHighlight(
  db: LensDatabase,
  id: string,
  changes: HighlightChanges,
  now: number,
): Promise<HighlightRecord | undefined> {
  return db.transaction('rw', db.highlights, async () => {
    const existing = await db.highlights.get(id);
    if (!existing) return undefined;
    const { speaker, alsoEdited, ...rest } = changes;
    const tags = changes.tags ? [...new Set(changes.tags)] : existing.tags;
    let updated: HighlightRecord = { ...existing, ...rest, tags, updatedAt: now };
    if (alsoEdited === null) updated = choiceMade(updated);
    if (speaker === null) delete updated.speaker;
    else if (speaker) updated.speaker = { name: speaker.name, roles: [...speaker.roles] };
    await db.highlights.put(updated);
    return updated;
  });
}

/** Gives an article's highlights said by `from` the name `to` (the reader renamed or merged a speaker); returns how many. */
export async function renameSpeaker(
  db: LensDatabase,
  articleId: string,
  from: string,
  to: string,
  now: number,
): Promise<number> {
  return db.transaction('rw', db.highlights, async () => {
    const said = (await db.highlights.where('articleId').equals(articleId).toArray()).filter(
      (highlight) => highlight.speaker?.name === from,
    );
    await Promise.all(
      said.map((highlight) =>
        db.highlights.update(highlight.id, { speaker: { ...highlight.speaker!, name: to }, updatedAt: now }),
      ),
    );
    return said.length;
  });
}

/**
 * Records where the page's highlights were last found. Only highlights of `articleId` change, and
 * only when their state did: a repaint must not churn `updatedAt` (the reader edits nothing).
 */
export async function recordAnchorStates(
  db: LensDatabase,
  articleId: string,
  states: ReadonlyArray<{ id: string; state: HighlightRecord['anchorState'] }>,
  now: number,
): Promise<number> {
  return db.transaction('rw', db.highlights, async () => {
    const byId = new Map(states.map((entry) => [entry.id, entry.state]));
    const current = await db.highlights.bulkGet([...byId.keys()]);
    const changed = current.filter(
      (record) => record && record.articleId === articleId && record.anchorState !== byId.get(record.id),
    );
    await Promise.all(
      changed.map((record) =>
        db.highlights.update(record!.id, { anchorState: byId.get(record!.id), anchorCheckedAt: now }),
      ),
    );
    return changed.length;
  });
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
