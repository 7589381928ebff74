import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const PAGES = resolve(ROOT, 'tests/fixtures/pages');
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
/** Files an export must equal (with run-specific parts masked). */
export const GOLDEN_DIR = resolve(ROOT, 'tests/e2e/golden');
export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');
/** Outside test-results/, which Playwright empties at each start. */
export const SCREENSHOTS = resolve(ROOT, 'artifacts/screenshots');

/** Where to save a screenshot (the folder is created; Puppeteer does not create it). */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return resolve(SCREENSHOTS, name);
}

export function requireBuild(dir: string): string {
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No extension build in ${dir}. Run "npm run build" first.`);
  }
  return dir;
}
