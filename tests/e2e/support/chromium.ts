import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { test as base } from './fixtures';
import { LOCAL_HOSTS } from './local-hosts';
import { CHROME_BUILD, requireBuild } from './paths';
import type { ExtensionGlobals } from './extension-globals';
import type { Harness, Tab } from './harness';
import { DEFAULT_SHORTCUT, HIGHLIGHT_MENU_ID } from '../../../utils/triggers/ids';

// The functions below run inside the extension (sent there as text), where `browser` is a global.
declare const browser: ExtensionGlobals['browser'];

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

/** Dispatches an extension event in the service worker, to the listeners the extension added (Chromium's events have `dispatch`). */
type Dispatchable = { dispatch(...args: unknown[]): void };

/**
 * The highlight shortcut in Chromium. What the driver cannot do: keys Playwright sends (the
 * DevTools protocol's input events) are delivered to the page, and Chromium runs no extension
 * shortcut for them: Alt+Shift+H pressed that way in headless Chromium reaches the page and
 * highlights nothing. The nearest real thing: the browser says the shortcut is bound to one of the
 * extension's commands, then that command event is fired in the service worker, where the
 * extension's own listener takes it (and does what it does for a key press).
 */
export async function runShortcutInChromium(context: BrowserContext, pageUrl: string, shortcut: string): Promise<void> {
  const [worker] = context.serviceWorkers();
  const said = await worker!.evaluate(
    async ({ url, keys }) => {
      const command = (await browser.commands.getAll()).find((candidate) => candidate.shortcut === keys);
      if (!command?.name) return `no command is bound to ${keys}`;
      const tab = (await browser.tabs.query({})).find((candidate) => candidate.url === url);
      (browser.commands.onCommand as unknown as Dispatchable).dispatch(command.name, tab);
      return 'dispatched';
    },
    { url: pageUrl, keys: shortcut },
  );
  if (said !== 'dispatched') throw new Error(`Shortcut ${shortcut}: ${said}`);
}

/**
 * The context menu in Chromium. What the driver cannot do: the menu a right-click opens is
 * Chromium's own, outside the page, and neither Playwright nor the DevTools protocol can see or
 * choose its items. The nearest real thing: the reader's right-click on the selection, the browser
 * confirming that the extension's menu item exists, then the item's click event fired in the
 * service worker with what Chromium says of such a click (the item, the page, the selected text),
 * where the extension's own listener takes it.
 */
export async function chooseMenuItemInChromium(
  context: BrowserContext,
  page: Page,
  point: { x: number; y: number },
  menuItemId: string,
): Promise<void> {
  await page.mouse.click(point.x, point.y, { button: 'right' });
  const selectionText = await page.evaluate(() => getSelection()?.toString() ?? '');
  const [worker] = context.serviceWorkers();
  const said = await worker!.evaluate(
    async ({ url, id, text }) => {
      if (
        !(await browser.contextMenus.update(id, {}).then(
          () => true,
          () => false,
        ))
      )
        return `no menu item ${id}`;
      const tab = (await browser.tabs.query({})).find((candidate) => candidate.url === url);
      (browser.contextMenus.onClicked as unknown as Dispatchable).dispatch(
        { menuItemId: id, editable: false, pageUrl: url, selectionText: text },
        tab,
      );
      return 'dispatched';
    },
    { url: page.url(), id: menuItemId, text: selectionText },
  );
  if (said !== 'dispatched') throw new Error(`Context menu: ${said}`);
}

/** What the DevTools protocol's DOM.getDocument gives of a node (the parts read here). */
interface DomNode {
  nodeName: string;
  nodeType: number;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}
const TEXT_NODE = 3;

/** A scenario's view of Chromium with the extension. */
export const chromiumHarness = (context: BrowserContext, extensionId: string, origin: string): Harness => ({
  browser: 'chromium',
  origin,
  newTab: () => context.newPage() as Promise<Tab>,
  async openExtensionPage(path) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page as Tab;
  },
  extensionId,
  pressShortcut: (tab) => runShortcutInChromium(context, tab.url(), DEFAULT_SHORTCUT),
  chooseFromContextMenu: (tab, point) => chooseMenuItemInChromium(context, tab as Page, point, HIGHLIGHT_MENU_ID),
  async lensText(tab) {
    const session = await context.newCDPSession(tab as Page);
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    await session.detach();
    const texts: string[] = [];
    const walk = (node: DomNode, inLens: boolean) => {
      const inside = inLens || node.nodeName === 'INTERVIEW-LENS-UI';
      if (inside && node.nodeType === TEXT_NODE && node.nodeValue.trim()) texts.push(node.nodeValue.trim());
      if (node.nodeName === 'STYLE') return;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, inside);
    };
    walk(root, false);
    return texts.join(' ');
  },
});

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
