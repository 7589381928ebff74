import { spawnSync } from 'node:child_process';
import type { ExtensionGlobals } from '../../tests/e2e/support/extension-globals';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { launchChromiumWithExtension } from '../../tests/e2e/support/chromium';
import { CHROME_BUILD, ROOT } from '../../tests/e2e/support/paths';
import { isExtensionUrl } from './profiler';
import { detectionOf } from '../../utils/messages/summary';

/**
 * Builds the Chrome extension if there is no build yet, or always with `rebuild` (a figure of the
 * current code must not come from an older build); wxt's output goes to stderr.
 */
export function ensureExtensionBuild(rebuild = false): void {
  if (!rebuild && existsSync(resolve(CHROME_BUILD, 'manifest.json'))) return;
  if (spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] }).status !== 0)
    throw new Error('npx wxt build failed');
}

/** What the extension made of a page: the lens's analysis when it has run there, else the detector's. */
export interface Verdict {
  isInterview: boolean;
  format: string;
  analysedByLens: boolean;
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** The extension's running service worker (woken by pages' messages if it was stopped). */
  worker(): Promise<Worker>;
  /** Takes the extension errors seen so far in this page and in the service worker. */
  takeErrors(page: Page): string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with the built extension, whose pages can reach only `serverOrigin`: nothing
 * leaves the machine, and no page waits on the network. `profile`: a folder to keep the profile in.
 */
export async function launchExtension(
  serverOrigin: string,
  profile?: string,
  /** Other origins that may be reached (a sync server on this machine). */
  alsoReached: readonly string[] = [],
): Promise<ExtensionSession> {
  ensureExtensionBuild();
  const { context, extensionId } = await launchChromiumWithExtension({ profile });
  await context.route(
    (url) => /^https?:$/.test(url.protocol) && url.origin !== serverOrigin && !alsoReached.includes(url.origin),
    (route) => route.abort(),
  );

  let errors: Array<{ page: Page | null; text: string }> = [];
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The extension's service worker is the only one in this profile.
    if (message.worker()) errors.push({ page: null, text: `service worker: ${message.text()}` });
    else if (isExtensionUrl(message.location().url))
      errors.push({ page: message.page(), text: `console: ${message.text()}` });
  });
  context.on('weberror', (webError) => {
    const error = webError.error();
    if (isExtensionUrl(webError.location().url) || error.stack?.includes('chrome-extension://'))
      errors.push({ page: webError.page(), text: `uncaught: ${error.message}` });
  });

  const instrumented = new WeakSet<Worker>();
  const worker = async (): Promise<Worker> => {
    const isOurs = (candidate: Worker) => candidate.url().startsWith(`chrome-extension://${extensionId}/`);
    const running =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 }));
    if (!instrumented.has(running)) {
      instrumented.add(running);
      // Playwright reports a worker's console but not its uncaught errors: these make them console errors.
      await running.evaluate(() => {
        self.addEventListener('error', (event) => console.error(event.message));
        self.addEventListener('unhandledrejection', (event) =>
          console.error(`Uncaught (in promise) ${String(event.reason)}`),
        );
      });
    }
    return running;
  };
  await worker();

  return {
    context,
    extensionId,
    worker,
    takeErrors(page) {
      const taken = errors.filter((error) => error.page === page || error.page === null);
      errors = errors.filter((error) => !taken.includes(error));
      return taken.map((error) => error.text);
    },
    close: () => context.close(),
  };
}

/**
 * Asks the content scripts of the tab showing `url`, as the popup does: the lens for its analysis,
 * else the always-on detector for its signals, read here as the background reads them. Null when
 * no script there answers.
 */
export async function askVerdict(worker: Worker, url: string): Promise<Verdict | null> {
  const replies = await worker.evaluate(async (address) => {
    const { browser } = globalThis as ExtensionGlobals;
    const tab = (await browser.tabs.query({})).find((candidate) => candidate.url === address);
    if (tab?.id === undefined) return null;
    // No helper function in here: tsx would wrap it in a naming helper the worker lacks.
    const summary = (await browser.tabs.sendMessage(tab.id, { type: 'lens:summary' }).catch(() => null)) as {
      isInterview?: unknown;
      format?: unknown;
    } | null;
    return typeof summary?.isInterview === 'boolean'
      ? { summary: { isInterview: summary.isInterview, format: String(summary.format) } }
      : { signals: (await browser.tabs.sendMessage(tab.id, { type: 'page:signals' }).catch(() => null)) as unknown };
  }, url);
  if (replies?.summary) return { ...replies.summary, analysedByLens: true };
  const detection = detectionOf(replies?.signals);
  return detection && { isInterview: detection.isInterview, format: detection.format, analysedByLens: false };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The verdict once the page has settled: polls until the detector has answered and, when it took
 * the page for an interview, until the lens has analysed it (or `timeoutMs` has passed).
 */
export async function settledVerdict(
  session: ExtensionSession,
  url: string,
  timeoutMs = 10_000,
): Promise<Verdict | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const verdict = await askVerdict(await session.worker(), url);
    const settled = verdict !== null && (!verdict.isInterview || verdict.analysedByLens);
    if (settled || Date.now() >= deadline) return verdict;
    await sleep(100);
  }
}
