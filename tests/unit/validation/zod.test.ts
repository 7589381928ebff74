import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const APP_FOLDERS = ['utils', 'components', 'entrypoints'];
const SETUP = 'utils/validation/zod.ts';

const sources = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });

describe('zod is configured once, before any schema is built', () => {
  it('takes no eval: a schema module brings the no-eval setting with it', async () => {
    // Imported on its own, as the options page or the popup's lazy chunk may load it first.
    await import('@/utils/settings/schema');
    expect(z.config().jitless).toBe(true);
  });

  it('every app module that builds schemas takes z from the configured module', () => {
    const direct = APP_FOLDERS.flatMap(sources).filter(
      (path) => path !== SETUP && /^import\s+(?!type\b)[^;]*from\s+['"]zod['"]/m.test(readFileSync(path, 'utf8')),
    );
    expect(direct).toEqual([]);
  });
});
