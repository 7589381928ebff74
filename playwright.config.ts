import { defineConfig } from '@playwright/test';

// Chromium runs under Playwright; Firefox ESR under puppeteer-core (WebDriver BiDi) inside the
// same runner, since Playwright cannot drive Debian's Firefox.
export default defineConfig({
  testDir: 'tests/e2e',
  // The hostile-pages scenario loads ten pages, one of them 5 MB: 30-40 s on a quiet machine, but
  // 1.5-1.8 min with both browsers running on two busy cores, and once just over 120 s in CI.
  timeout: 180_000,
  // One retry: with both browsers on two busy cores, a rare timing race in a scenario's driving (two
  // found so far: a late scroll event undoing the step after it) should not hide the rest of a run.
  // A test that passes only on its retry is still named in `npm test`'s summary as flaky.
  retries: 1,
  workers: 2,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: 'artifacts/e2e.json' }]],
  projects: [
    { name: 'chromium', testMatch: /\.chromium\.spec\.ts$/ },
    { name: 'firefox', testMatch: /\.firefox\.spec\.ts$/ },
  ],
});
