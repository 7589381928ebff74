import { defineConfig } from '@playwright/test';

// Chromium runs under Playwright; Firefox ESR under puppeteer-core (WebDriver BiDi) inside the
// same runner, since Playwright cannot drive Debian's Firefox.
export default defineConfig({
  testDir: 'tests/e2e',
  // The hostile-pages scenario loads ten pages, one of them 5 MB; it takes 30-40 s, more on a busy machine.
  timeout: 120_000,
  workers: 2,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: 'artifacts/e2e.json' }]],
  projects: [
    { name: 'chromium', testMatch: /\.chromium\.spec\.ts$/ },
    { name: 'firefox', testMatch: /\.firefox\.spec\.ts$/ },
  ],
});
