import { mkdtempSync, rmSync } from 'node:fs';
import type { ExtensionGlobals } from '../../tests/e2e/support/extension-globals';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PAGES } from '../../tests/e2e/support/paths';
import { serveFolder } from '../../tests/e2e/support/static-server';
import type { Backup } from '../../utils/backup/format';
import { ensureExtensionBuild, launchExtension, type ExtensionSession } from '../sweep/extension';
import { backupOfSeedPage, importThroughOptions, waitForAnalysis } from './extension';
import { ARTICLES, generateLibrary, HIGHLIGHTS } from './library-data';
import type { Figures, Row } from './rows';

const SEED = 'interviews/tns-why-pytorch-won.html';
/** Highlights on the seed page, the article the reader has open. */
const ON_PAGE = 200;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** When the popup reached each step, in ms since its navigation started (read from the page). */
interface Marks {
  /** The popup's first render (its code fetched, evaluated and run): #root is no longer empty. */
  shell: number;
  /** The first `indexedDB.open` call and its success. */
  dbOpen: number;
  dbOpened: number;
  /** The first highlight in the document and laid out. */
  firstHighlight: number;
}

/** Logged by the popup's page once the first highlight is laid out. */
const DONE = 'interview-lens-bench: first highlight';

/**
 * Page-side, before any of the popup's scripts: notes when the popup renders, opens the database
 * and lays out its first highlight, then says so on the console. The bench waits for that message
 * and reads the marks afterwards: evaluating anything in the page while it loads (Playwright's
 * helpers are injected on first use) would add to what is measured.
 */
function watchPopup(done: string) {
  if (location.pathname !== '/popup.html') return;
  const marks: Partial<Marks> = {};
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    marks.dbOpen ??= performance.now();
    const request = open.apply(this, args);
    request.addEventListener('success', () => (marks.dbOpened ??= performance.now()));
    return request;
  };
  new MutationObserver((_, observer) => {
    if (document.getElementById('root')?.firstElementChild) marks.shell ??= performance.now();
    const first = document.querySelector('[data-highlight-id]');
    if (!first) return;
    first.getBoundingClientRect();
    marks.firstHighlight = performance.now();
    observer.disconnect();
    console.info(done);
  }).observe(document, { subtree: true, childList: true });
  (window as unknown as { popupMarks: Partial<Marks> }).popupMarks = marks;
}

/**
 * Opens the popup in a background tab next to the active one, so that it sees that tab as the
 * reader's (it asks for the active tab of its window), and returns its timeline.
 */
async function openPopup(session: ExtensionSession, query: string): Promise<{ page: Page; marks: Marks }> {
  const shown = session.context.waitForEvent('console', {
    predicate: (message) => message.text() === DONE,
    timeout: 30_000,
  });
  const worker = await session.worker();
  await worker.evaluate(async (url) => {
    const { browser } = globalThis as ExtensionGlobals;
    const [active] = await browser.tabs.query({ active: true });
    await browser.tabs.create({
      url,
      active: false,
      ...(active?.windowId === undefined ? {} : { windowId: active.windowId }),
    });
  }, `chrome-extension://${session.extensionId}/popup.html${query}`);
  const page = (await shown).page()!;
  const marks = await page.evaluate(() => (window as unknown as { popupMarks: Marks }).popupMarks);
  return { page, marks };
}

/** The 10,000 highlights in 1,000 articles, one of them the seed page with its 200, as one backup file. */
async function libraryBackup(session: ExtensionSession, seedUrl: string): Promise<string> {
  const page = await session.context.newPage();
  await page.goto(seedUrl);
  const seed = JSON.parse(await backupOfSeedPage(page, ON_PAGE)) as Backup;
  await page.close();
  const generated = generateLibrary(ARTICLES - 1, HIGHLIGHTS - ON_PAGE);
  return JSON.stringify({
    ...seed,
    articles: [...generated.articles, ...seed.articles],
    highlights: [...generated.highlights, ...seed.highlights],
  });
}

interface Opening {
  cold: Marks;
  warm: Marks;
}

/**
 * A fresh browser on the kept profile (its database on disk), the popup opened twice: first cold,
 * then warm. `prepare` runs before the first opening (the reader opening the article).
 */
async function coldThenWarm(
  origin: string,
  profile: string,
  query: string,
  check: (page: Page) => Promise<void>,
  prepare?: (session: ExtensionSession) => Promise<void>,
): Promise<Opening> {
  const session = await launchExtension(origin, profile);
  try {
    await session.context.addInitScript(watchPopup, DONE);
    await prepare?.(session);
    const cold = await openPopup(session, query);
    await check(cold.page);
    await cold.page.close();
    const warm = await openPopup(session, query);
    await check(warm.page);
    return { cold: cold.marks, warm: warm.marks };
  } finally {
    await session.close();
  }
}

/**
 * The built popup opened cold (a browser just started on a profile whose database holds 10,000
 * highlights) and warm, on the Library and on "This page" for an article with 200 highlights, from
 * navigation start to the first highlight laid out.
 */
export async function popupSuite(options: { runs: number }): Promise<Figures> {
  ensureExtensionBuild(true);
  const server = await serveFolder(PAGES);
  const seedUrl = `${server.origin}/${SEED}`;
  const profile = mkdtempSync(join(tmpdir(), 'interview-lens-popup-'));
  try {
    const filling = await launchExtension(server.origin, profile);
    try {
      await importThroughOptions(filling, await libraryBackup(filling, seedUrl));
    } finally {
      await filling.close();
    }

    const library: Opening[] = [];
    const thisPage: Opening[] = [];
    const wholeLibrary = async (page: Page) => {
      await page
        .getByTestId('library-count')
        .filter({ hasText: `${HIGHLIGHTS} highlights` })
        .waitFor({ timeout: 30_000 });
    };
    const wholePage = async (page: Page) => {
      await page
        .locator('[data-highlight-id]')
        .nth(ON_PAGE - 1)
        .waitFor({ timeout: 30_000 });
    };
    const openArticle = async (session: ExtensionSession) => {
      const page = await session.context.newPage();
      await page.goto(seedUrl);
      await waitForAnalysis(session, seedUrl);
    };
    for (let run = 0; run < options.runs; run++) {
      library.push(await coldThenWarm(server.origin, profile, '?view=library', wholeLibrary));
      thisPage.push(await coldThenWarm(server.origin, profile, '', wholePage, openArticle));
    }

    const at = (runs: Opening[], when: keyof Opening, step: keyof Marks) => median(runs.map((run) => run[when][step]));
    const parts = (key: string, runs: Opening[]) => ({
      [`${key}_ms`]: at(runs, 'cold', 'firstHighlight'),
      [`${key}_worst_ms`]: Math.max(...runs.map((run) => run.cold.firstHighlight)),
      [`${key}_shell_ms`]: at(runs, 'cold', 'shell'),
      [`${key}_db_open_ms`]: median(runs.map((run) => run.cold.dbOpened - run.cold.dbOpen)),
      [`${key}_db_opened_at_ms`]: at(runs, 'cold', 'dbOpened'),
    });
    return {
      ...parts('popup_cold_library_10k', library),
      ...parts('popup_cold_thispage_200', thisPage),
      popup_warm_library_10k_ms: at(library, 'warm', 'firstHighlight'),
      popup_warm_thispage_200_ms: at(thisPage, 'warm', 'firstHighlight'),
    };
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** A cold figure's breakdown: the code loaded and first rendered, the database opened, the rest to the first highlight. */
const breakdown = (f: Figures, key: string) =>
  `first render ${f[`${key}_shell_ms`]!.toFixed(0)} ms, database open ${f[`${key}_db_open_ms`]!.toFixed(0)} ms (done at ${f[`${key}_db_opened_at_ms`]!.toFixed(0)}), worst run ${f[`${key}_worst_ms`]!.toFixed(0)} ms`;

/** What the real popup's figures are held to. */
export function popupRows(f: Figures): Row[] {
  return [
    {
      key: 'popup_cold_library_10k_ms',
      value: f.popup_cold_library_10k_ms,
      unit: 'ms',
      target: `≤ 300 ms (fresh browser, Library; ${breakdown(f, 'popup_cold_library_10k')})`,
      ok: f.popup_cold_library_10k_ms! <= 300,
    },
    {
      key: 'popup_cold_thispage_200_ms',
      value: f.popup_cold_thispage_200_ms,
      unit: 'ms',
      target: `≤ 150 ms (fresh browser, This page; ${breakdown(f, 'popup_cold_thispage_200')})`,
      ok: f.popup_cold_thispage_200_ms! <= 150,
    },
    {
      key: 'popup_warm_library_10k_ms',
      value: f.popup_warm_library_10k_ms,
      unit: 'ms',
      target: 'second opening, same browser',
    },
    {
      key: 'popup_warm_thispage_200_ms',
      value: f.popup_warm_thispage_200_ms,
      unit: 'ms',
      target: 'second opening, same browser',
    },
  ];
}
