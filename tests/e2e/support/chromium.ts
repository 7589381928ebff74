import { chromium, type BrowserContext } from '@playwright/test';
import { test as base } from './fixtures';
import { LOCAL_HOSTS } from './local-hosts';
import { CHROME_BUILD, requireBuild } from './paths';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts Debian's Chromium with the built extension loaded; returns it and the extension id. The
 * profile is a throwaway one unless `profile` names a folder, which a later launch can reopen.
 */
export async function launchChromiumWithExtension(options: { headless?: boolean; profile?: string } = {}) {
  const extension = requireBuild(CHROME_BUILD);
  const context = await chromium.launchPersistentContext(options.profile ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      // A keyboard reader's caret on the page (F7): Shift+arrows select text without a mouse.
      '--enable-caret-browsing',
      `--host-resolver-rules=${LOCAL_HOSTS.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, extensionId: new URL(worker.url()).host };
}

export const test = base.extend<{}, { extension: { context: BrowserContext; extensionId: string } }>({
  extension: [
    async ({}, use) => {
      const launched = await launchChromiumWithExtension();
      await use(launched);
      await launched.context.close();
    },
    { scope: 'worker' },
  ],
});
export { expect } from './fixtures';
