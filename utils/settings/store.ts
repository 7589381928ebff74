import type { LensDatabase } from '../db/database';
import { describeIssues, readableIssue } from '../validation/readable-issues';
import { SETTINGS_ROW_ID } from './row';
import { SettingsSchema, type Settings, type SettingsPatch } from './schema';

const FIELDS = Object.keys(SettingsSchema.shape) as (keyof Settings)[];

/**
 * Keeps each stored field that is still valid and gives the others their default, so one damaged
 * or outdated field does not reset the reader's other choices. Unknown fields are dropped.
 */
function salvage(stored: unknown): Settings {
  const source: Record<string, unknown> =
    typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? { ...stored } : {};
  const fields = FIELDS.map((key) => {
    const schema = SettingsSchema.shape[key];
    const parsed = schema.safeParse(source[key]);
    return [key, parsed.success ? parsed.data : schema.parse(undefined)];
  });
  return Object.fromEntries(fields) as Settings;
}

/** The reader's settings; defaults for whatever is missing or damaged. Never throws. */
export async function readSettings(db: LensDatabase): Promise<Settings> {
  try {
    return salvage((await db.settings.get(SETTINGS_ROW_ID))?.value);
  } catch {
    return salvage(undefined);
  }
}

/**
 * Applies the reader's changes (fields given as undefined are left alone) and returns the saved
 * settings. An invalid result throws an Error with a readable message, and nothing is stored.
 */
export async function writeSettings(db: LensDatabase, patch: SettingsPatch, now: number): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
    const result = SettingsSchema.safeParse({ ...(await readSettings(db)), ...changes }, { error: readableIssue });
    if (!result.success) throw new Error(`Settings not saved: ${describeIssues(result.error.issues)}.`);
    await db.settings.put({ id: SETTINGS_ROW_ID, value: result.data, updatedAt: now });
    return result.data;
  });
}
