import type { Browser } from 'puppeteer-core';
import { FIREFOX_EXTENSION_ORIGIN, test } from './support/firefox';
import type { Harness, Tab } from './support/harness';
import { editableTextIsRefused, highlightRoundTrip } from './support/scenarios';

const harness = (firefox: Browser, origin: string): Harness => ({
  browser: 'firefox',
  origin,
  newTab: () => firefox.newPage() as Promise<Tab>,
  async openExtensionPage(path) {
    const page = await firefox.newPage();
    // Navigations to moz-extension:// pages may never report completion over BiDi; scenarios poll.
    void page.goto(`${FIREFOX_EXTENSION_ORIGIN}/${path}`).catch(() => {});
    return page as Tab;
  },
});

test('Firefox: highlight a sentence, see it after reload and in the popup, delete it', async ({ firefox, server }) => {
  await highlightRoundTrip(harness(firefox, server.origin));
});

test('Firefox: text in a comment editor gets no toolbar and is not saved', async ({ firefox, server }) => {
  await editableTextIsRefused(harness(firefox, server.origin));
});
