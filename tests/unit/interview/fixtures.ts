import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The interview and look-alike pages under tests/fixtures/pages, with their ground truth. */
export const PAGES = resolve(import.meta.dirname, '../../fixtures/pages');

export interface Expected {
  isInterview: boolean;
  format: string;
  interviewer?: { name: string } | null;
  speakers?: Array<{ name: string; aliases?: string[]; roles?: string[]; organisation?: string }>;
  projects?: string[];
  projectsOptional?: string[];
  quotes?: Array<{ text: string; speaker: string | null }>;
}

export interface FixturePage {
  name: string;
  file: string;
  html: string;
  expected: Expected;
}

export function fixturePages(): FixturePage[] {
  return ['interviews', 'not-interviews'].flatMap((folder) =>
    readdirSync(join(PAGES, folder))
      .filter((file) => file.endsWith('.html'))
      .sort()
      .map((file) => ({
        name: `${folder}/${file}`,
        file: join(PAGES, folder, file),
        html: readFileSync(join(PAGES, folder, file), 'utf8'),
        expected: JSON.parse(
          readFileSync(join(PAGES, folder, file.replace(/\.html$/, '.expected.json')), 'utf8'),
        ) as Expected,
      })),
  );
}

/** Loads a page into the test document (happy-dom), with a location so URL signals work. */
export function loadPage(page: FixturePage): Document {
  document.documentElement.innerHTML = page.html.replace(/^<!doctype html>/i, '');
  return document;
}
