import type { Browser } from 'puppeteer-core';
import { chooseFromFirefoxMenu, FIREFOX_EXTENSION_ORIGIN, pressShortcutInFirefox, test } from './support/firefox';
import type { Harness, Tab } from './support/harness';
import { SCENARIOS } from './support/scenarios';
import { GECKO_ID } from '../../wxt.config';
import { DEFAULT_SHORTCUT } from '../../utils/triggers/ids';

const harness = (firefox: Browser, origin: string): Harness => ({
  browser: 'firefox',
  origin,
  async newTab() {
    const page = await firefox.newPage();
    // Firefox's remote agent once rejected a new tab's first navigation ("Address rejected"), with
    // nothing wrong with the address: that one error is tried a second time.
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      try {
        return await goto(url, options);
      } catch (error) {
        if (!String(error).includes('Address rejected')) throw error;
        return goto(url, options);
      }
    };
    return page as Tab;
  },
  async openExtensionPage(path) {
    const page = await firefox.newPage();
    // Navigations to moz-extension:// pages may never report completion over BiDi; scenarios poll.
    void page.goto(`${FIREFOX_EXTENSION_ORIGIN}/${path}`).catch(() => {});
    return page as Tab;
  },
  extensionId: GECKO_ID,
  async pressShortcut(tab) {
    await tab.bringToFront(); // the shortcut acts on the tab in front
    await pressShortcutInFirefox(firefox, DEFAULT_SHORTCUT);
  },
  chooseFromContextMenu: (tab, point) => chooseFromFirefoxMenu(firefox, tab, point, 'Highlight with Interview Lens'),
});

for (const [name, scenario] of SCENARIOS) {
  test(`Firefox: ${name}`, async ({ firefox, server }) => {
    await scenario(harness(firefox, server.origin));
  });
}
