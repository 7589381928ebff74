import { withOtherEdits } from '../db/other-edits';
import type { ArticleRecord, HighlightRecord } from '../db/records';
import { payloadAge, type Payload } from './payload';

/**
 * Newer first. Same instant: a deletion first (the reader meant to remove it), then a fixed order
 * of the content, so that two devices merging the same pair pick the same winner.
 */
function ordered(a: Payload, b: Payload): [Payload, Payload] {
  const age = payloadAge(a) - payloadAge(b);
  if (age !== 0) return age > 0 ? [a, b] : [b, a];
  if (a.kind !== b.kind) return a.kind === 'gone' ? [a, b] : [b, a];
  return JSON.stringify(a) >= JSON.stringify(b) ? [a, b] : [b, a];
}

/**
 * The newer version, offering every other note either version knew of (the older one's own, and
 * those each kept from earlier merges) but those the reader already chose against on either.
 */
const keepingOtherNotes = (newer: HighlightRecord, older: HighlightRecord): HighlightRecord =>
  withOtherEdits(
    newer,
    [{ note: older.note, updatedAt: older.updatedAt }, ...(older.alsoEdited ?? [])],
    older.dismissedEdits ?? [],
  );

/**
 * Two versions of one highlight, saved on two devices without either seeing the other's, as one.
 * The newer wins, as in a backup import: an edit made after a deletion brings the highlight back, a
 * deletion made after the last edit removes it. When both kept the highlight and their notes
 * differ, the older note is carried along in `alsoEdited`, with any other notes either had kept,
 * so no note is lost however many devices edited it (up to 20). Pure and symmetrical: both devices
 * reach the same result.
 */
export function mergeVersions(a: Payload, b: Payload): Payload {
  const [newer, older] = ordered(a, b);
  if (newer.kind === 'gone' || older.kind === 'gone') return newer;
  return { ...newer, highlight: keepingOtherNotes(newer.highlight, older.highlight) };
}

/**
 * Another device's copy of an article folded into the one saved here at the same address: the
 * saved id and address stay (its highlights point to them), every address is kept, the earliest
 * visit, and the newer title and details.
 */
export function foldArticle(saved: ArticleRecord, incoming: ArticleRecord): ArticleRecord {
  const newer = incoming.updatedAt > saved.updatedAt ? incoming : saved;
  return {
    ...newer,
    id: saved.id,
    url: saved.url,
    urls: [...new Set([...saved.urls, ...incoming.urls])],
    firstSeenAt: Math.min(saved.firstSeenAt, incoming.firstSeenAt),
  };
}
