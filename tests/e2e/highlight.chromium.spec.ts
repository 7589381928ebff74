import type { BrowserContext } from '@playwright/test';
import { test } from './support/chromium';
import type { Harness, Tab } from './support/harness';
import { editableTextIsRefused, highlightRoundTrip } from './support/scenarios';

const harness = (context: BrowserContext, extensionId: string, origin: string): Harness => ({
  browser: 'chromium',
  origin,
  newTab: () => context.newPage() as Promise<Tab>,
  async openExtensionPage(path) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page as Tab;
  },
});

test('Chromium: highlight a sentence, see it after reload and in the popup, delete it', async ({ extension, server }) => {
  await highlightRoundTrip(harness(extension.context, extension.extensionId, server.origin));
});

test('Chromium: text in a comment editor gets no toolbar and is not saved', async ({ extension, server }) => {
  await editableTextIsRefused(harness(extension.context, extension.extensionId, server.origin));
});
