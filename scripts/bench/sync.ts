import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { ExtensionGlobals } from '../../tests/e2e/support/extension-globals';
import { startCouch, type CouchServer } from '../../tests/e2e/support/couch-server';
import { waitUntil } from '../../tests/e2e/support/page-actions';
import { PAGES } from '../../tests/e2e/support/paths';
import { serveFolder } from '../../tests/e2e/support/static-server';
import { launchExtension, type ExtensionSession } from '../sweep/extension';
import { isExtensionUrl } from '../sweep/profiler';
import { bundle } from './browser-page';
import { backupOfSeedPage, importThroughOptions, openExtensionPage } from './extension';
import type { Figures, Row } from './rows';

const SEED = 'interviews/tns-why-pytorch-won.html';
const COUNT = 10_000;
const PASSPHRASE = 'a passphrase for the bench';
/** A first sync of 10,000 highlights takes a while on two shared cores; past this, something is stuck. */
const LIMIT_MS = 10 * 60_000;

type PeerWindow = Window & { pouchPeer: (server: string, count: number, bytes: number) => Promise<number> };

/** Sends a request from an extension page, as the options page does; throws its error. */
async function ask(page: Page, request: object): Promise<{ status?: { state: string } }> {
  const reply = (await page.evaluate(
    (message) => (globalThis as ExtensionGlobals).browser.runtime.sendMessage(message),
    request,
  )) as { ok: boolean; error?: string; status?: { state: string } };
  if (!reply.ok) throw new Error(`${JSON.stringify(request).slice(0, 60)}: ${reply.error}`);
  return reply;
}

const docCount = async (couch: CouchServer, database: string) => (await couch.allDocs(database)).length;

/** Page-side, in the popup: every task over 50 ms since it opened, with when it started. */
const watchLongTasks = () => {
  const seen: Array<{ start: number; duration: number }> = [];
  Object.assign(window, { longTasks: seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
};
type LongTask = { start: number; duration: number };
const readLongTasks = () => (window as unknown as { longTasks: LongTask[] }).longTasks;
/** Page-side: how long the popup has gone without a long task. */
const quietFor = () => {
  const last = (window as unknown as { longTasks: LongTask[] }).longTasks.at(-1);
  return performance.now() - (last ? last.start + last.duration : 0);
};

/**
 * Sync's first run: 10,000 highlights from one profile to an empty server (pouchdb-server on this
 * machine), then into a second, empty profile, with the second profile's popup open on its library
 * the whole time. Also which addresses the extension reached while it synced. The peer: PouchDB
 * alone moving as many documents of the same size the same two ways, in a web page.
 */
export async function syncSuite(): Promise<Figures> {
  const server = await serveFolder(PAGES);
  const couch = await startCouch();
  const couchOrigin = new URL(couch.url).origin;
  const first = await launchExtension(server.origin, undefined, [couchOrigin]);
  const second = await launchExtension(server.origin, undefined, [couchOrigin]);
  const reached: string[] = [];
  for (const session of [first, second])
    session.context.on('request', (request) => {
      const fromExtension = request.serviceWorker() !== null || isExtensionUrl(request.frame().page()?.url() ?? '');
      if (fromExtension && !isExtensionUrl(request.url())) reached.push(request.url());
    });
  try {
    const seedPage = await first.context.newPage();
    await seedPage.goto(`${server.origin}/${SEED}`);
    const backup = await backupOfSeedPage(seedPage, COUNT);
    await importThroughOptions(first, backup);
    const bytes = JSON.stringify(JSON.parse(backup).highlights[0]).length;

    const optionsA = await openExtensionPage(first, 'options.html');
    const setup = { server: couch.url, database: 'bench', passphrase: PASSPHRASE };
    const began = performance.now();
    await ask(optionsA, { type: 'sync:on', setup });
    // Every highlight and the key check on the server.
    const deadline = Date.now() + LIMIT_MS;
    while ((await docCount(couch, 'bench')) < COUNT + 1) {
      if (Date.now() > deadline) throw new Error('The first profile did not send every highlight in time.');
      await new Promise((done) => setTimeout(done, 250));
    }
    const uploaded = performance.now() - began;

    const popup = await openExtensionPage(second, 'popup.html?view=library');
    await popup.evaluate(watchLongTasks);
    const optionsB = await openExtensionPage(second, 'options.html');
    // Opening the popup is not sync's work: its own start-up (parts it loads later) is over first.
    await waitUntil(popup, quietFor, undefined, (ms) => ms > 2000, 'the popup to settle', 30_000);
    const syncStart = await popup.evaluate(() => performance.now());
    const received = performance.now();
    await ask(optionsB, { type: 'sync:on', setup });
    await waitUntil(
      popup,
      () => document.querySelector('[data-testid="total-count"]')?.textContent ?? '',
      undefined,
      (text) => text === `${COUNT} highlights in all`,
      `${COUNT} highlights on the second profile`,
      LIMIT_MS,
    );
    const downloaded = performance.now() - received;
    // The popup's last reads of the library come just after the count: they are part of the work.
    await new Promise((done) => setTimeout(done, 3000));
    const tasks = (await popup.evaluate(readLongTasks))
      .filter((task) => task.start >= syncStart)
      .map((task) => task.duration);

    const peer = await withPeer(server.origin, couch.url, bytes, first);
    const elsewhere = reached.filter((url) => new URL(url).origin !== couchOrigin);
    return {
      sync_initial_10k_ms: uploaded + downloaded,
      sync_upload_10k_ms: uploaded,
      sync_download_10k_ms: downloaded,
      sync_peer_pouchdb_10k_ms: peer,
      sync_popup_long_tasks: tasks.length,
      sync_popup_longest_task_ms: Math.max(0, ...tasks),
      sync_requests_to_server: reached.length - elsewhere.length,
      sync_requests_elsewhere: elsewhere.length,
    };
  } finally {
    await first.close();
    await second.close();
    await couch.close();
    await server.close();
  }
}

/** The peer, in a web page of the first profile's browser. */
async function withPeer(origin: string, couchUrl: string, bytes: number, session: ExtensionSession) {
  const page = await session.context.newPage();
  await page.goto(`${origin}/${SEED}`);
  await page.addScriptTag({ content: await bundle(resolve(import.meta.dirname, 'sync.page.ts')) });
  const ms = await page.evaluate(
    ({ url, count, size }) => (window as unknown as PeerWindow).pouchPeer(url, count, size),
    { url: couchUrl, count: COUNT, size: bytes },
  );
  await page.close();
  return ms;
}

export function syncRows(f: Figures): Row[] {
  return [
    {
      key: 'sync_initial_10k_ms',
      value: f.sync_initial_10k_ms,
      unit: 'ms',
      target: `reported (10,000 highlights to an empty server ${f.sync_upload_10k_ms!.toFixed(0)} ms, then to an empty profile ${f.sync_download_10k_ms!.toFixed(0)} ms); ${(f.sync_initial_10k_ms! / f.sync_peer_pouchdb_10k_ms!).toFixed(1)} × PouchDB alone (${f.sync_peer_pouchdb_10k_ms!.toFixed(0)} ms, no encryption, no database to fill)`,
    },
    {
      key: 'sync_popup_long_tasks',
      value: f.sync_popup_long_tasks,
      unit: 'tasks',
      target: `≤ 0 over 50 ms in the second profile's popup while it fills (longest ${f.sync_popup_longest_task_ms!.toFixed(0)} ms)`,
      ok: f.sync_popup_long_tasks! <= 0,
    },
    {
      key: 'sync_requests_elsewhere',
      value: f.sync_requests_elsewhere,
      unit: 'req',
      target: `≤ 0 requests but to the sync server while syncing (${f.sync_requests_to_server!.toFixed(0)} to it)`,
      ok: f.sync_requests_elsewhere! <= 0 && f.sync_requests_to_server! > 0,
    },
  ];
}
