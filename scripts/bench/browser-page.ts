import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../../tests/e2e/support/chromium';

/** Bundles a page-side bench module (TypeScript, with its imports) into one script. */
export async function bundle(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, target: 'es2022', logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

/** Runs `use` with a fresh page in Debian's headless Chromium. */
export async function withChromiumPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    return await use(await browser.newPage());
  } finally {
    await browser.close();
  }
}
