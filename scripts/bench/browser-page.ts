import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../../tests/e2e/support/chromium';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Bundles a page-side bench module (TypeScript or TSX, with its imports) into one script. `@/`
 * resolves as in the extension, and React is its production build, as the extension ships it.
 */
export async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    logLevel: 'silent',
    alias: { '@': ROOT },
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]!.text;
}

const LAUNCH = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

/**
 * Runs `use` with a fresh page in Debian's headless Chromium. Storage is kept in memory, as in a
 * private window, unless `onDisk` asks for a throwaway profile, where IndexedDB lives on disk as
 * it does for the extension.
 */
export async function withChromiumPage<T>(
  use: (page: Page) => Promise<T>,
  options: { onDisk?: boolean } = {},
): Promise<T> {
  if (options.onDisk) {
    const profile = mkdtempSync(join(tmpdir(), 'interview-lens-bench-'));
    const context = await chromium.launchPersistentContext(profile, LAUNCH);
    try {
      return await use(context.pages()[0] ?? (await context.newPage()));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  const browser = await chromium.launch(LAUNCH);
  try {
    return await use(await browser.newPage());
  } finally {
    await browser.close();
  }
}
