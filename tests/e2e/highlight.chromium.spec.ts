import type { BrowserContext, Page } from '@playwright/test';
import type { ExtensionGlobals } from './support/extension-globals';
import { expect, test } from './support/chromium';
import type { Harness, Tab } from './support/harness';
import { toolbarClosed, highlightSelectionWithToolbar, paintedTexts, pressTimes, readPainted, selectPhrase, toolbarVisibleFor, waitForPainted, waitUntil } from './support/page-actions';
import { screenshotPath } from './support/paths';
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
  async backgroundRequests() {
    const [worker] = context.serviceWorkers();
    return worker!.evaluate(() => {
      const { browser } = globalThis as ExtensionGlobals;
      const counter = globalThis as { __requests?: number };
      if (counter.__requests === undefined) {
        counter.__requests = 0;
        browser.runtime.onMessage.addListener(() => void counter.__requests!++);
      }
      return counter.__requests;
    });
  },
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

test('Chromium: the shortcut and menu command highlights the selection, and saves nothing from an editor', async ({ extension, server }) => {
  const { context } = extension;
  const articleUrl = `${server.origin}/${ARTICLE}?case=command`;
  const page = await context.newPage();
  await page.goto(articleUrl);
  // Sends what the background sends the lens when Alt+Shift+H is pressed or the menu item is chosen:
  // headless browsers do not route synthetic key presses to extension commands. (Loading the lens
  // first is covered by the unit tests of highlight-triggers.)
  const sendCommand = async () => {
    const [worker] = context.serviceWorkers();
    await worker!.evaluate(async (url) => {
      const { browser } = globalThis as ExtensionGlobals;
      const tabs = await browser.tabs.query({});
      const tab = tabs.find((candidate: { url?: string }) => candidate.url === url);
      await browser.tabs.sendMessage(tab!.id!, { type: 'lens:highlight-selection' });
    }, articleUrl);
  };

  await selectPhrase(page, 'A big ecosystem came with it.'); // loads the lens, as any selection does
  expect(await toolbarVisibleFor(page, 5000)).toBe(true);

  await selectPhrase(page, 'the vLLM point is spot on');
  await sendCommand();
  await page.waitForTimeout(500);
  expect(await paintedTexts(page)).toEqual([]);
  await page.screenshot({ path: screenshotPath('chromium-editor-refused.png') }); // shows the refusal message

  await selectPhrase(page, 'My goal is for them to succeed.');
  await sendCommand();
  await waitForPainted(page, 'My goal is for them to succeed.');
  await page.reload();
  await waitForPainted(page, 'My goal is for them to succeed.');

  // With the caret inside the highlight, the same command opens its card: delete it by keyboard.
  await page.evaluate(() => {
    const text = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('My goal is for'))!.lastChild!;
    getSelection()!.collapse(text, (text.textContent ?? '').indexOf('My goal') + 3);
  });
  await sendCommand();
  await pressTimes(page, 'Tab', 11); // Said by, colours (5), note, tags, Save, Copy quote, Delete
  await page.keyboard.press('Enter');
  await waitUntil(page, readPainted, undefined, (texts) => texts.length === 0, 'the highlight to be deleted');
});

test('Chromium: a highlight is saved even when the browser stopped the service worker after the page loaded', async ({ extension, server }) => {
  const { context } = extension;
  const articleUrl = `${server.origin}/${ARTICLE}?case=worker-stopped`;
  const phrase = 'They run PyTorch in production';
  const page = await context.newPage();
  await page.goto(articleUrl);
  await selectPhrase(page, 'A big ecosystem came with it.'); // the lens is loaded while the worker runs
  expect(await toolbarVisibleFor(page, 5000)).toBe(true);

  // Stop every service worker, as Chrome does to an idle extension, and wait until ours is down.
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => versions.some((v) => v.runningStatus === 'stopped') && resolve()),
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
