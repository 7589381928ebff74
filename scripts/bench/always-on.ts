import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { ExtensionGlobals } from '../../tests/e2e/support/extension-globals';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_PATH } from '../../tests/e2e/support/chromium';
import { serveFolder } from '../../tests/e2e/support/static-server';
import { readPageText } from '../pages/load-page';
import { launchExtension, type ExtensionSession } from '../sweep/extension';
import { extensionMainThread, longTasks, startRecording, tasksWithSamples } from '../sweep/profiler';
import { quantile } from './quantile';
import type { Figures, Row } from './rows';

/** The real pages of the evaluation (pages/NAME.html.gz, truth/NAME.json): they belong to their publishers, so they are read where they are. */
const CORPUS = resolve(import.meta.dirname, '../../../shared/eval/real');
const QUICK_PAGES = 30;
/** How long the detector may take to report after the page's load before the page is given up on. */
const HELLO_TIMEOUT_MS = 10_000;
/** After the detector's report: its reply from the background and what the script does last. */
const SETTLE_MS = 100;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The pages the truth says are not interviews, by name (every one, or `count` spread over the list). */
function notInterviews(count?: number): string[] {
  const names = readdirSync(join(CORPUS, 'truth'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .filter(
      (name) =>
        (JSON.parse(readFileSync(join(CORPUS, 'truth', `${name}.json`), 'utf8')) as { isInterview?: boolean })
          .isInterview === false,
    )
    .filter((name) => existsSync(join(CORPUS, 'pages', `${name}.html.gz`)))
    .sort();
  if (!count || count >= names.length) return names;
  return Array.from({ length: count }, (_, k) => names[Math.floor((k * names.length) / count)]!);
}

/**
 * Knows when the detector has reported on a page: a listener in the service worker notes every
 * page's hello. Asking there costs the page nothing, where asking the page's script would run it.
 */
async function helloWatcher(session: ExtensionSession): Promise<(url: string) => Promise<boolean>> {
  const watching = new WeakSet<object>();
  const watch = async () => {
    const worker = await session.worker();
    if (!watching.has(worker)) {
      watching.add(worker);
      await worker.evaluate(() => {
        const { browser } = globalThis as ExtensionGlobals;
        const heard = ((self as unknown as { heardHellos?: Set<string> }).heardHellos = new Set<string>());
        browser.runtime.onMessage.addListener((message: { type?: string }, sender) => {
          if (message?.type === 'page:hello' && sender.url) heard.add(sender.url);
        });
      });
    }
    return worker;
  };
  await watch();
  return async (url) => {
    const deadline = Date.now() + HELLO_TIMEOUT_MS;
    while (Date.now() < deadline) {
      const worker = await watch();
      if (
        await worker.evaluate(
          (address) => (self as unknown as { heardHellos: Set<string> }).heardHellos.has(address),
          url,
        )
      )
        return true;
      await sleep(25);
    }
    return false;
  };
}

/** Navigation start to the end of the load event, in ms, as the page measured it. */
const loadTime = (page: Page) =>
  page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);

/** The same page in a browser without the extension: its load time, the scale the extension's cost is read at. */
async function loadWithout(browser: Browser, origin: string, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(
    (address) => /^https?:$/.test(address.protocol) && address.origin !== origin,
    (route) => route.abort(),
  );
  try {
    const page = await context.newPage();
    await page.goto(url, { timeout: 30_000 });
    return await loadTime(page);
  } finally {
    await context.close();
  }
}

/**
 * The always-on script's cost, cold, on real pages that are not interviews: each page loaded in a
 * fresh tab of Chromium with the built extension, its main thread traced and sampled until the
 * detector has reported; the extension's time there (compiling and evaluating its script, its
 * first run) and whether a task over 50 ms ran its code. Each page is also loaded, interleaved,
 * in a browser without the extension.
 */
export async function alwaysOnSuite(options: { quick: boolean }): Promise<Figures> {
  if (!existsSync(join(CORPUS, 'truth'))) {
    console.log(`always-on: skipped, no corpus at ${CORPUS}`);
    return { always_on_corpus_found: 0 };
  }
  const names = notInterviews(options.quick ? QUICK_PAGES : undefined);
  const texts = new Map<string, string>();
  // Neutral addresses (/p/0.html): the detector reads the address, and a page's file name is not its address.
  const generated = Object.fromEntries(names.map((name, k) => [`/p/${k}.html`, () => texts.get(name)!]));
  for (const name of names) texts.set(name, await readPageText(join(CORPUS, 'pages', `${name}.html.gz`)));
  const server = await serveFolder(join(CORPUS, 'pages'), { generated });
  const session = await launchExtension(server.origin);
  const plain = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const heard = await helloWatcher(session);
  const cold: number[] = [];
  const loads: number[] = [];
  const loadsWith: number[] = [];
  let longTaskPages = 0;
  try {
    for (const [k, name] of names.entries()) {
      const url = `${server.origin}/p/${k}.html`;
      loads.push(await loadWithout(plain, server.origin, url));
      const page = await session.context.newPage();
      try {
        const stop = await startRecording(await session.context.newCDPSession(page), { profile: true });
        await page.goto(url, { timeout: 30_000 });
        if (!(await heard(url))) console.log(`always-on: the detector did not report on ${name}`);
        await sleep(SETTLE_MS);
        const { events, profile } = await stop();
        const extension = extensionMainThread(events, profile!, url);
        cold.push(extension.ms);
        if (
          tasksWithSamples(
            longTasks(events, url),
            extension.spans.map((span) => span.start),
          ).length > 0
        )
          longTaskPages++;
        loadsWith.push(await loadTime(page));
      } finally {
        await page.close();
      }
    }
  } finally {
    await plain.close();
    await session.close();
    await server.close();
  }
  return {
    always_on_corpus_found: 1,
    always_on_pages: names.length,
    always_on_cold_ms_median: quantile(cold, 0.5),
    always_on_cold_ms_p95: quantile(cold, 0.95),
    always_on_cold_ms_max: Math.max(...cold),
    always_on_long_task_pages: longTaskPages,
    always_on_page_load_ms_median: quantile(loads, 0.5),
    always_on_page_load_with_extension_ms_median: quantile(loadsWith, 0.5),
  };
}

/** What the always-on script's cold cost is held to; without the corpus, nothing (it could not be measured). */
export function alwaysOnRows(f: Figures): Row[] {
  const found = f.always_on_corpus_found === 1;
  const over = found ? `over ${f.always_on_pages} real pages that are not interviews` : 'corpus not found';
  const row = (key: string, unit: string, target: string, ok: boolean): Row => ({
    key,
    value: f[key]!,
    unit,
    target: found ? target : 'corpus not found',
    ...(found ? { ok } : {}),
  });
  return [
    row(
      'always_on_cold_ms_median',
      'ms',
      `≤ 3 (extension main-thread time on page load, cold, ${over})`,
      f.always_on_cold_ms_median! <= 3,
    ),
    row(
      'always_on_cold_ms_p95',
      'ms',
      `≤ 10 (worst: ${f.always_on_cold_ms_max?.toFixed(1)} ms)`,
      f.always_on_cold_ms_p95! <= 10,
    ),
    row(
      'always_on_long_task_pages',
      'pages',
      '≤ 0 with a task over 50 ms that runs the extension',
      f.always_on_long_task_pages! <= 0,
    ),
    {
      key: 'always_on_page_load_ms_median',
      value: f.always_on_page_load_ms_median!,
      unit: 'ms',
      target: `peer: the same pages loaded without the extension (with it: ${f.always_on_page_load_with_extension_ms_median?.toFixed(1)} ms, traced)`,
    },
  ];
}
