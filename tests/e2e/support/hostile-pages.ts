import { resolve } from 'node:path';
import { HOSTILE_PAGES } from '../../fixtures/hostile/generated';
import { ROOT } from './paths';
import type { ServeOptions } from './static-server';

const HOSTILE = resolve(ROOT, 'tests/fixtures/hostile');

/** Where the e2e server finds the hostile pages: static files and the generated big ones. */
export function hostileMounts(): ServeOptions {
  const generated = Object.fromEntries(
    HOSTILE_PAGES.filter((page) => page.build).map((page) => [`/hostile/generated/${page.name}.html`, page.build!]),
  );
  return { mounts: { '/hostile/': HOSTILE }, generated };
}

/** The address of each hostile page on the e2e server. */
export const hostilePath = (page: (typeof HOSTILE_PAGES)[number]): string =>
  page.file ? `hostile/${page.file}` : `hostile/generated/${page.name}.html`;
