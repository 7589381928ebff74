import { MAX_OTHER_EDITS, type HighlightRecord, type OtherEdit } from './records';

const sameEdit = (a: OtherEdit, b: OtherEdit) => a.note === b.note && a.updatedAt === b.updatedAt;
const newestFirst = (a: OtherEdit, b: OtherEdit) =>
  b.updatedAt - a.updatedAt || (a.note < b.note ? -1 : a.note > b.note ? 1 : 0);

/** Each note once, at its newest time, newest first; at most MAX_OTHER_EDITS. */
function byNote(edits: readonly OtherEdit[]): OtherEdit[] {
  const newest = new Map<string, OtherEdit>();
  for (const edit of edits) {
    const known = newest.get(edit.note);
    if (!known || known.updatedAt < edit.updatedAt) newest.set(edit.note, edit);
  }
  return [...newest.values()].sort(newestFirst).slice(0, MAX_OTHER_EDITS);
}

/** Each edit once, newest first; at most MAX_OTHER_EDITS. */
function byEdit(edits: readonly OtherEdit[]): OtherEdit[] {
  const distinct = edits.filter((edit, index) => edits.findIndex((other) => sameEdit(other, edit)) === index);
  return distinct.sort(newestFirst).slice(0, MAX_OTHER_EDITS);
}

/**
 * `highlight` offering, beside its own note, the notes of `others` too (what other devices saved
 * meanwhile), except those the reader already chose against here or there (`dismissed`, which the
 * result remembers as well). Pure, and the same whichever order notes are added in.
 */
export function withOtherEdits(
  highlight: HighlightRecord,
  others: readonly OtherEdit[],
  dismissed: readonly OtherEdit[],
): HighlightRecord {
  const { alsoEdited = [], dismissedEdits = [], ...plain } = highlight;
  const seen = byEdit([...dismissedEdits, ...dismissed]);
  const offered = byNote(
    [...alsoEdited, ...others].filter(
      (edit) => edit.note !== highlight.note && !seen.some((gone) => sameEdit(gone, edit)),
    ),
  );
  return {
    ...plain,
    ...(offered.length ? { alsoEdited: offered } : {}),
    ...(seen.length ? { dismissedEdits: seen } : {}),
  };
}

/**
 * The reader chose between the notes (kept the one shown, or took another): the other notes are
 * no longer offered, and are remembered as seen, so a device that still offers them (it edited
 * something else meanwhile) does not bring them back.
 */
export function choiceMade(highlight: HighlightRecord): HighlightRecord {
  const { alsoEdited = [], dismissedEdits = [], ...plain } = highlight;
  const seen = byEdit([...alsoEdited, ...dismissedEdits]);
  return seen.length ? { ...plain, dismissedEdits: seen } : plain;
}
