import { z } from '../validation/zod';
import { ArticleRecordSchema, HighlightRecordSchema, TimestampSchema } from '../backup/schema';
import { RecordIdSchema } from '../messages/fields';

/**
 * What one sealed document on the server holds, once opened. A highlight travels with its article,
 * so a device can file it whatever order documents arrive in, under the article it already has at
 * that address. Checked on arrival like any backup: another device's data is still input.
 */
export const PayloadSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('highlight'), highlight: HighlightRecordSchema, article: ArticleRecordSchema }),
  /** A deleted highlight: when, so an edit made elsewhere after the delete can win. */
  z.strictObject({ kind: z.literal('gone'), id: RecordIdSchema, deletedAt: TimestampSchema }),
]);
export type Payload = z.infer<typeof PayloadSchema>;
export type HighlightPayload = Extract<Payload, { kind: 'highlight' }>;
export type GonePayload = Extract<Payload, { kind: 'gone' }>;

/** The highlight a payload is about. */
export const payloadId = (payload: Payload): string =>
  payload.kind === 'highlight' ? payload.highlight.id : payload.id;

/** When the payload's version was made: the highlight's last edit, or its deletion. */
export const payloadAge = (payload: Payload): number =>
  payload.kind === 'highlight' ? payload.highlight.updatedAt : payload.deletedAt;
