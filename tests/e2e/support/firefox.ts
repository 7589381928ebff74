import { test as base } from './fixtures';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { LOCAL_HOSTS } from './local-hosts';
import { FIREFOX_BUILD, requireBuild } from './paths';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed internal UUID, so tests know the moz-extension:// origin of extension pages. */
export const FIREFOX_EXTENSION_UUID = '6f1c2b1e-3c1a-4a52-9c55-6a3f0e2d7b10';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

/** Starts Debian's Firefox ESR over WebDriver BiDi and installs the built extension (temporarily). */
export async function launchFirefoxWithExtension(options: { headless?: boolean } = {}): Promise<Browser> {
  const extension = requireBuild(FIREFOX_BUILD);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      'network.dns.localDomains': LOCAL_HOSTS.join(','),
    },
  });
  await browser.installExtension(extension);
  return browser;
}

export const test = base.extend<{}, { firefox: Browser }>({
  firefox: [
    async ({}, use) => {
      const browser = await launchFirefoxWithExtension();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});
export { expect } from './fixtures';
