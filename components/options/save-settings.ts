import type { SettingsPatch } from '@/utils/settings/schema';

/** Sends a settings change to the background; resolves to an error message, or null when saved. */
export type SaveSettings = (patch: SettingsPatch) => Promise<string | null>;
