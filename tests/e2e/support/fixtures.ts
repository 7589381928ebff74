import { test as base } from '@playwright/test';
import { hostileMounts } from './hostile-pages';
import { PAGES } from './paths';
import { serveFolder, type StaticServer } from './static-server';

/** The Playwright runner with a worker-wide local server for tests/fixtures/pages. */
export const test = base.extend<{}, { server: StaticServer }>({
  server: [
    async ({}, use) => {
      const server = await serveFolder(PAGES, hostileMounts());
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});
export { expect } from '@playwright/test';
