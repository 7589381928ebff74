import type { Settings } from './schema';

/** Key of the one row of the `settings` table: the whole Settings object is read and written at once. */
export const SETTINGS_ROW_ID = 'settings';

/** The `settings` table's row, keyed by `id` (always SETTINGS_ROW_ID). */
export interface SettingsRow {
  id: typeof SETTINGS_ROW_ID;
  /** As last written. Read back leniently (utils/settings/store.ts): an old or damaged row must not break the extension. */
  value: Settings;
  updatedAt: number;
}
