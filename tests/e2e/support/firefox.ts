import { test as base } from './fixtures';
import puppeteer, { type Browser } from 'puppeteer-core';
import { GECKO_ID } from '../../../wxt.config';
import { LOCAL_HOSTS } from './local-hosts';
import { FIREFOX_BUILD, requireBuild } from './paths';
import type { Harness, Tab } from './harness';
import { DEFAULT_SHORTCUT } from '../../../utils/triggers/ids';

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

/** The part of Puppeteer's WebDriver BiDi connection used here (not in its public types). */
type BidiConnection = { connection: { send(method: string, params: object): Promise<{ result: unknown }> } };
type Evaluated =
  | { type: 'success'; result: { value?: unknown } }
  | { type: 'exception'; exceptionDetails: { text: string } };

/**
 * Runs `expression` in Firefox's own window (browser.xhtml, with the browser's privileges): the
 * driver reaches it because Firefox is started with system access (--remote-allow-system-access).
 * Returns the expression's value (awaited), which must be JSON-like.
 */
export async function inBrowserWindow(firefox: Browser, expression: string): Promise<unknown> {
  const { connection } = firefox as unknown as BidiConnection;
  const { result: tree } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: Array<{ context: string; url: string }> };
  };
  const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`No browser window among ${tree.contexts.map((context) => context.url).join(', ')}`);
  const { result } = (await connection.send('script.evaluate', {
    expression,
    target: { context: window.context },
    awaitPromise: true,
  })) as { result: Evaluated };
  if (result.type === 'exception') throw new Error(`In Firefox's window: ${result.exceptionDetails.text}`);
  return result.result.value;
}

/** A key as Firefox's input processor takes it, from a name in a shortcut ("Alt", "Shift", "H"). */
const keyOf = (name: string) =>
  ({
    Alt: { key: 'Alt', code: 'AltLeft', keyCode: 18 },
    Shift: { key: 'Shift', code: 'ShiftLeft', keyCode: 16 },
    Ctrl: { key: 'Control', code: 'ControlLeft', keyCode: 17 },
  })[name] ?? { key: name.toUpperCase(), code: `Key${name.toUpperCase()}`, keyCode: name.toUpperCase().charCodeAt(0) };

/**
 * Presses an extension's keyboard shortcut ("Alt+Shift+H") in Firefox's window, through the same
 * input processor Firefox's own tests type with, and waits for the browser to run the shortcut's
 * command. What the driver cannot do (seen with Firefox ESR 153, headless): keys sent through
 * WebDriver BiDi's input actions reach the page and run no shortcut; and keys from this processor
 * while the page has the focus are handed to the page, and the shortcut does not run either. With
 * the focus in the address bar they run it, so the focus goes there for the press, as when a
 * reader presses it there, and back to the page afterwards; the page keeps its selection.
 */
export async function pressShortcutInFirefox(firefox: Browser, shortcut: string): Promise<void> {
  const names = shortcut.split('+');
  const keys = names.map(keyOf);
  const modifiers = names
    .slice(0, -1)
    .map((name) => name.toLowerCase())
    .join(',');
  const said = await inBrowserWindow(
    firefox,
    `(async () => {
      const keys = ${JSON.stringify(keys)};
      const key = [...document.querySelectorAll('keyset[id^="ext-keyset-id-"] key')].find((candidate) =>
        candidate.getAttribute('key')?.toUpperCase() === keys.at(-1).key && candidate.getAttribute('modifiers') === ${JSON.stringify(modifiers)});
      if (!key) return 'Firefox has no extension shortcut ${shortcut}';
      const ran = new Promise((done) => key.addEventListener('command', () => done(true), { once: true }));
      gURLBar.focus();
      const typist = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!typist.beginInputTransactionForTests(window)) return 'no input transaction';
      for (const down of keys) typist.keydown(new KeyboardEvent('', down));
      for (const up of [...keys].reverse()) typist.keyup(new KeyboardEvent('', up));
      const done = await Promise.race([ran, new Promise((late) => setTimeout(() => late(false), 15_000))]);
      gBrowser.selectedBrowser.focus();
      return done ? 'ran' : 'the shortcut did not run';
    })()`,
  );
  if (said !== 'ran') throw new Error(`Pressing ${shortcut}: ${String(said)}`);
}

/**
 * Right-clicks at a point of the page and chooses `label` from Firefox's context menu: the real
 * menu opens (in the browser's window, where the driver reaches it) and the item is activated as a
 * click on it does.
 */
export async function chooseFromFirefoxMenu(
  firefox: Browser,
  page: { mouse: { click(x: number, y: number, options: { button: 'right' }): Promise<void> } },
  point: { x: number; y: number },
  label: string,
): Promise<void> {
  await inBrowserWindow(
    firefox,
    `(() => {
      const menu = document.getElementById('contentAreaContextMenu');
      window.__lensMenuShown = new Promise((shown) => menu.addEventListener('popupshown', () => shown(true), { once: true }));
      return true;
    })()`,
  );
  await page.mouse.click(point.x, point.y, { button: 'right' });
  const said = await inBrowserWindow(
    firefox,
    `(async () => {
      const menu = document.getElementById('contentAreaContextMenu');
      if (!(await Promise.race([window.__lensMenuShown, new Promise((late) => setTimeout(() => late(false), 15_000))]))) return 'the context menu did not open';
      const items = [...menu.querySelectorAll('menuitem')].filter((item) => !item.hidden);
      const item = items.find((candidate) => candidate.label === ${JSON.stringify(label)});
      if (!item) return 'no item ${label} among: ' + items.map((candidate) => candidate.label).join(' | ');
      const hidden = new Promise((closed) => menu.addEventListener('popuphidden', closed, { once: true }));
      menu.activateItem(item);
      await hidden;
      return 'chosen';
    })()`,
  );
  if (said !== 'chosen') throw new Error(`Context menu: ${String(said)}`);
}

/** A scenario's view of Firefox with the extension. */
export const firefoxHarness = (firefox: Browser, origin: string): Harness => ({
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
