import { defineConfig } from '@playwright/test';

// Chromium runs under Playwright; Firefox ESR under puppeteer-core (WebDriver BiDi) inside the
// same runner, since Playwright cannot drive Debian's Firefox.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 2,
  fullyParallel: false,
  reporter: [['list'], ['json', { outputFile: 'artifacts/e2e.json' }]],
  projects: [
    { name: 'chromium', testMatch: /\.chromium\.spec\.ts$/ },
    { name: 'firefox', testMatch: /\.firefox\.spec\.ts$/ },
  ],
});
