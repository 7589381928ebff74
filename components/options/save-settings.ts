import type { SettingsPatch } from '@/utils/settings/schema';
import type { z } from 'zod';

/** Sends a settings change to the background; resolves to an error message, or null when saved. */
export type SaveSettings = (patch: z.input<typeof SettingsPatch>) => Promise<string | null>;
