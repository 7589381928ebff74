import { NO_SPEAKER_CORRECTIONS } from '../interview/corrections';
import type { SpeakerChange, SpeakerCorrections } from '../messages/fields';
import type { LensDatabase } from './database';
import type { PageCorrectionsRecord } from './records';

/** The reader's verdict on a page (normalised address): true, false, or null where the lens decides. */
export async function readVerdict(db: LensDatabase, url: string): Promise<boolean | null> {
  return (await db.verdicts.get(url))?.isInterview ?? null;
}

/** A page's corrections of its people, from its record (none where there is none). */
export const speakerCorrectionsOf = (record: PageCorrectionsRecord | null | undefined): SpeakerCorrections => ({
  renames: record?.renames ?? [],
  interviewer: record?.interviewer ?? null,
  people: record?.people ?? [],
});

/** The reader's corrections of a page's people (none where they made none). */
export const readSpeakerCorrections = async (db: LensDatabase, url: string): Promise<SpeakerCorrections> =>
  speakerCorrectionsOf(await db.verdicts.get(url));

/** Keeps a record only while it holds a correction: an empty one would outlive what it meant in a backup. */
async function store(db: LensDatabase, record: PageCorrectionsRecord): Promise<void> {
  const { url, updatedAt, ...rest } = record;
  const holds = rest.isInterview !== undefined || !!rest.renames?.length || !!rest.interviewer || !!rest.people?.length;
  if (holds) await db.verdicts.put(record);
  else await db.verdicts.delete(url);
}

/** Records the reader's verdict on a page; null gives the decision back to the lens. */
export async function writeVerdict(
  db: LensDatabase,
  url: string,
  isInterview: boolean | null,
  now: number,
): Promise<void> {
  await db.transaction('rw', db.verdicts, async () => {
    const { isInterview: _, ...rest } = (await db.verdicts.get(url)) ?? { url, updatedAt: now };
    await store(db, { ...rest, ...(isInterview === null ? {} : { isInterview }), updatedAt: now });
  });
}

/** As many of each as a backup takes (utils/messages/fields.ts): the oldest go first. */
const MAX_KEPT = 100;

/** The corrections with one more: a later rename of the same name replaces the earlier one. */
export function withCorrection(corrections: SpeakerCorrections, change: SpeakerChange): SpeakerCorrections {
  switch (change.kind) {
    case 'rename':
      return {
        ...corrections,
        renames: [
          ...corrections.renames.filter((rename) => rename.from !== change.from),
          { from: change.from, to: change.to },
        ].slice(-MAX_KEPT),
      };
    case 'interviewer':
      return { ...corrections, interviewer: change.name };
    case 'speaker':
      return corrections.people.includes(change.name)
        ? corrections
        : { ...corrections, people: [...corrections.people, change.name].slice(-MAX_KEPT) };
    case 'reset':
      return NO_SPEAKER_CORRECTIONS;
  }
}

/** Records a correction of a page's people; returns them as they now stand. */
export async function correctSpeakers(
  db: LensDatabase,
  url: string,
  change: SpeakerChange,
  now: number,
): Promise<SpeakerCorrections> {
  return db.transaction('rw', db.verdicts, async () => {
    const record = (await db.verdicts.get(url)) ?? { url, updatedAt: now };
    const next = withCorrection(speakerCorrectionsOf(record), change);
    const { renames: _r, interviewer: _i, people: _p, ...rest } = record;
    await store(db, {
      ...rest,
      ...(next.renames.length ? { renames: next.renames } : {}),
      ...(next.interviewer ? { interviewer: next.interviewer } : {}),
      ...(next.people.length ? { people: next.people } : {}),
      updatedAt: now,
    });
    return next;
  });
}
