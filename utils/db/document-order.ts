import type { HighlightRecord } from './records';

/**
 * Highlights in the order of the text; the same passage saved twice by age, then by id, so the
 * order never depends on how storage returned them (exports stay byte-identical).
 */
export const inDocumentOrder = (a: HighlightRecord, b: HighlightRecord): number =>
  a.position.start - b.position.start ||
  a.position.end - b.position.end ||
  a.createdAt - b.createdAt ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
