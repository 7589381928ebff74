import { z } from '../validation/zod';
import { detectInterview, type Detection } from '../interview/detect';
import type { CapsHit } from '../interview/limits';
import { SignalsSchema } from './fields';

const CappedSchema = z.strictObject({ found: z.int().min(0), kept: z.int().min(0) });

/** The limits a lens says the page reached (its `lens:summary` reply's `capped`). */
export const CapsHitSchema = z.strictObject({
  people: CappedSchema.optional(),
  quotes: CappedSchema.optional(),
  names: CappedSchema.optional(),
});

/** A reply's `capped` field if it is well formed; anything else from the page's tab is dropped. */
export function capsIn(reply: object): CapsHit | undefined {
  const parsed = CapsHitSchema.safeParse((reply as { capped?: unknown }).capped);
  return parsed.success ? parsed.data : undefined;
}

/** The detector's `page:signals` reply read as the background reads it; null when it is not well formed. */
export function detectionOf(reply: unknown): Detection | null {
  const parsed = SignalsSchema.safeParse(reply);
  return parsed.success ? detectInterview(parsed.data) : null;
}
