import type { BrowserContext, Page } from '@playwright/test';
import { chooseMenuItemInChromium, runShortcutInChromium, test } from './support/chromium';
import { DEFAULT_SHORTCUT, HIGHLIGHT_MENU_ID } from '../../utils/triggers/ids';
import type { Harness, Tab } from './support/harness';
import {
  toolbarBox,
  toolbarClosed,
  highlightSelectionWithToolbar,
  selectPhrase,
  waitForPainted,
} from './support/page-actions';
import { ARTICLE, SCENARIOS } from './support/scenarios';

/** What the DevTools protocol's DOM.getDocument gives of a node (the parts read here). */
interface DomNode {
  nodeName: string;
  nodeType: number;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}
const TEXT_NODE = 3;

const harness = (context: BrowserContext, extensionId: string, origin: string): Harness => ({
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

for (const [name, scenario] of SCENARIOS) {
  test(`Chromium: ${name}`, async ({ extension, server }) => {
    await scenario(harness(extension.context, extension.extensionId, server.origin));
  });
}

test('Chromium: a highlight is saved even when the browser stopped the service worker after the page loaded', async ({
  extension,
  server,
}) => {
  const { context } = extension;
  const articleUrl = `${server.origin}/${ARTICLE}?case=worker-stopped`;
  const phrase = 'They run PyTorch in production';
  const page = await context.newPage();
  await page.goto(articleUrl);
  await selectPhrase(page, 'A big ecosystem came with it.'); // the lens is loaded while the worker runs
  await toolbarBox(page);

  // Stop every service worker, as Chrome does to an idle extension, and wait until ours is down.
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on(
      'ServiceWorker.workerVersionUpdated',
      ({ versions }) => versions.some((v) => v.runningStatus === 'stopped') && resolve(),
    ),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;

  // The first selection's toolbar goes away before the next selection (it sits close by).
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await toolbarClosed(page);
  await selectPhrase(page, phrase);
  await highlightSelectionWithToolbar(page); // the lens's message wakes the worker, which saves
  await waitForPainted(page, phrase);
  await page.reload();
  await waitForPainted(page, phrase);
});
