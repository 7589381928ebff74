// Runs inside headless Chromium (bundled by esbuild): the library's first render, search, Markdown
// export and backup import over 10,000 generated highlights, against a real IndexedDB.
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { HighlightItem, type HighlightActions } from '@/components/HighlightItem';
import { LibraryView } from '@/components/popup/LibraryView';
import { routeMessage, type RouterContext } from '@/utils/background/router';
import { exportBackup } from '@/utils/backup/export';
import type { Backup } from '@/utils/backup/format';
import { sameJson } from '@/utils/backup/same-json';
import { LensDatabase } from '@/utils/db/database';
import { libraryMarkdownFiles } from '@/utils/export/markdown';
import { zipFiles } from '@/utils/export/zip';
import type { LibraryFilter } from '@/utils/library/filters';
import { groupByArticle } from '@/utils/library/groups';
import { joinRows, type LibraryRow } from '@/utils/library/rows';
import { loadLibrary } from '@/utils/library/load';
import { buildSearchIndex, search } from '@/utils/library/search';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { ARTICLES, generateLibrary, HIGHLIGHTS, HOUR, NOW, TOPICS } from './library-data';
import { createSync } from '@/utils/sync/controller';
import PouchDB from 'pouchdb-browser';

const NO_ACTIONS: HighlightActions = { update: async () => true, remove() {}, open() {}, cite() {} };

/** The Library view with its search and filters held above it, as the popup holds them. */
function Library({ rows }: { rows: readonly LibraryRow[] }) {
  const [criteria, setCriteria] = useState<{ query: string; filter: LibraryFilter }>({ query: '', filter: {} });
  return createElement(LibraryView, {
    rows,
    actions: NO_ACTIONS,
    onExportAll() {},
    query: criteria.query,
    filter: criteria.filter,
    onSearch: (query, filter) => setCriteria({ query, filter }),
  });
}
const libraryView = (rows: readonly LibraryRow[]) => createElement(Library, { rows });
const QUERIES = TOPICS.slice(0, 8);
const WAIT_LIMIT_MS = 10_000;

/** Milliseconds `run` takes; awaited only when it returns a promise, so sync work is timed alone. */
async function time(run: () => unknown): Promise<number> {
  const started = performance.now();
  const result = run();
  if (result instanceof Promise) await result;
  return performance.now() - started;
}

/** Resolves once `check` holds, looking again after each change to the page; fails after a while. */
function until(check: () => boolean): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error('the page never showed the expected result'));
    }, WAIT_LIMIT_MS);
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const root = () => document.getElementById('root')!;
const items = () => root().querySelectorAll<HTMLElement>('[data-highlight-id]');

/** Every highlight drawn in one plain list: what the popup would do without its virtual list. */
const plainList = (rows: readonly LibraryRow[]) =>
  createElement(
    'ul',
    { className: 'highlights' },
    rows.map((row) =>
      createElement(
        'li',
        { key: row.highlight.id },
        createElement(HighlightItem, {
          highlight: row.highlight,
          article: row.article,
          showArticle: true,
          actions: NO_ACTIONS,
        }),
      ),
    ),
  );

async function readRows(db: LensDatabase): Promise<LibraryRow[]> {
  return loadLibrary(db);
}

/** A fresh, open, empty database: whatever was stored under `name` is deleted first. */
async function emptyDatabase(name: string): Promise<LensDatabase> {
  const db = new LensDatabase(name);
  await db.delete();
  await db.open();
  return db;
}

/** Stores the generated library in the page's origin, replacing whatever the database held. */
async function seed(name: string): Promise<{ articles: number; highlights: number }> {
  const { articles, highlights } = generateLibrary();
  const db = await emptyDatabase(name);
  await db.transaction('rw', db.articles, db.highlights, async () => {
    await db.articles.bulkAdd(articles);
    await db.highlights.bulkAdd(highlights);
  });
  db.close();
  return { articles: articles.length, highlights: highlights.length };
}

/**
 * From a freshly loaded page to the first highlights laid out: open the database, read both
 * tables, join, render (with the virtual list, or every item as the peer). Call once per page load.
 */
async function firstRender(name: string, virtualised: boolean): Promise<{ ms: number; drawn: number }> {
  const started = performance.now();
  const db = new LensDatabase(name);
  const rows = await readRows(db);
  const view = createRoot(root());
  flushSync(() => view.render(virtualised ? libraryView(rows) : plainList(rows)));
  await until(() => items().length > 0);
  items()[0]!.getBoundingClientRect(); // laid out, as the reader sees it
  const ms = performance.now() - started;
  db.close();
  const drawn = items().length;
  if (rows.length !== HIGHLIGHTS || (!virtualised && drawn !== rows.length))
    throw new Error(`drew ${drawn} of ${rows.length} highlights`);
  return { ms, drawn };
}

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;

/** What a keystroke does to a controlled input, as React listens for it. */
function typeInto(input: HTMLInputElement, text: string): void {
  setValue.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * With the library shown on every row, each query typed into the search box until the count line
 * and the first drawn item show its result; the peer filters the same rows by their whole JSON.
 */
async function searching(
  name: string,
  rounds: number,
): Promise<{ keystroke: number[]; naive: number[]; matches: number[] }> {
  const db = new LensDatabase(name);
  const rows = await readRows(db);
  db.close();
  flushSync(() => createRoot(root()).render(libraryView(rows)));
  const input = root().querySelector<HTMLInputElement>('input[type="search"]')!;
  const count = root().querySelector('[data-testid="library-count"]')!;
  const index = buildSearchIndex(rows);
  const expected = QUERIES.map((query) => search(index, query));

  const keystroke: number[] = [];
  const naive: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const [k, query] of QUERIES.entries()) {
      typeInto(input, '');
      await until(() => count.textContent === `${rows.length} highlights`);
      const found = expected[k]!;
      const shown = () =>
        count.textContent === `${found.length} of ${rows.length} highlights` &&
        items()[0]?.dataset.highlightId === found[0]!.highlight.id;
      keystroke.push(
        await time(async () => {
          typeInto(input, query);
          await until(shown);
          items()[0]!.getBoundingClientRect();
        }),
      );
      const q = query.toLowerCase();
      naive.push(await time(() => rows.filter((row) => JSON.stringify(row).toLowerCase().includes(q))));
    }
  }
  return { keystroke, naive, matches: expected.map((found) => found.length) };
}

/** Every article as a Markdown note in one zip, and (the floor) the records as JSON. */
async function exporting(runs: number): Promise<{ markdown: number[]; stringify: number[]; zipBytes: number }> {
  const { articles, highlights } = generateLibrary();
  const entries = groupByArticle(joinRows(articles, highlights));

  const markdown: number[] = [];
  const stringify: number[] = [];
  let zipBytes = 0;
  for (let run = 0; run < runs; run++) {
    markdown.push(
      await time(() => {
        const files = libraryMarkdownFiles(entries, DEFAULT_SETTINGS.exportOptions);
        zipBytes = zipFiles(files, new Date(NOW)).length;
        if (files.length !== ARTICLES) throw new Error(`wrote ${files.length} notes`);
      }),
    );
    stringify.push(await time(() => JSON.stringify({ articles, highlights })));
  }
  return { markdown, stringify, zipBytes };
}

const EXTENSION_ORIGIN = 'chrome-extension://bench/';
/** The options page, as the background's router sees it when the reader picks a backup file. */
const FROM_OPTIONS = { id: 'bench', url: `${EXTENSION_ORIGIN}options.html` };

/** The background's message path on `db`: zod parse of the message, sender check, handler. */
function background(db: LensDatabase): RouterContext {
  const deps = {
    db,
    now: () => NOW,
    injectLens: async () => {},
    bundledNames: new Set<string>(),
    notifyChanged() {},
    refreshAll() {},
    tellTab() {},
    // Off, as on a fresh install: nothing here turns it on, so no replica is ever made.
    sync: createSync({ db, Replica: PouchDB, now: () => NOW, filed() {} }),
  };
  return { extensionId: 'bench', extensionOrigin: EXTENSION_ORIGIN, deps };
}

/** Sends the backup text as the options page does; returns the import's report or throws its error. */
async function sendImport(db: LensDatabase, text: string) {
  const reply = await routeMessage({ type: 'backup:import', text }, FROM_OPTIONS, background(db));
  if (!reply.ok || !('report' in reply))
    throw new Error(`the import was refused: ${reply.ok ? 'no report' : reply.error}`);
  return reply.report;
}

/** Every fifth record of the backup: these the merge must take. */
const NEWER_EVERY = 5;

/** The same backup with 20 % of its articles and highlights edited later (newer updatedAt, changed title or note). */
function newerCopy(backup: Backup): Backup {
  const later = NOW + 30 * 24 * HOUR;
  return {
    ...backup,
    articles: backup.articles.map((article, k) =>
      k % NEWER_EVERY ? article : { ...article, title: `${article.title} (revised)`, updatedAt: later },
    ),
    highlights: backup.highlights.map((highlight, n) =>
      n % NEWER_EVERY
        ? highlight
        : { ...highlight, note: `${highlight.note} Revised after the talk.`, updatedAt: later },
    ),
  };
}

/** Throws unless `db` holds exactly the records of `expected` (key order aside). */
async function expectHolds(db: LensDatabase, expected: Backup): Promise<void> {
  const tables = [
    ['articles', await db.articles.toArray(), expected.articles],
    ['highlights', await db.highlights.toArray(), expected.highlights],
  ] as const;
  for (const [table, stored, wanted] of tables) {
    const byId = new Map<string, unknown>(stored.map((record) => [record.id, record]));
    const wrong = wanted.filter((record) => !sameJson(byId.get(record.id), record));
    if (stored.length !== wanted.length || wrong.length > 0)
      throw new Error(`after the merge, ${wrong.length} of ${wanted.length} ${table} differ (${stored.length} stored)`);
  }
}

/**
 * The stored library's backup file imported into an empty database, then a newer copy of it (20 %
 * of records edited) merged into that library; both go through the background's message path.
 * The peer parses the same text and adds the records as they are, unvalidated. Runs alternate, so
 * noise falls on both alike.
 */
async function importing(
  name: string,
  runs: number,
): Promise<{ validated: number[]; merged: number[]; raw: number[] }> {
  const source = new LensDatabase(name);
  const text = await exportBackup(source, NOW);
  source.close();
  const newer = newerCopy(JSON.parse(text) as Backup);
  const newerText = JSON.stringify(newer, null, 2);
  const edited = newer.articles.length / NEWER_EVERY + newer.highlights.length / NEWER_EVERY;

  const validated: number[] = [];
  const merged: number[] = [];
  const raw: number[] = [];
  for (let run = 0; run < runs; run++) {
    const ours = await emptyDatabase(`${name}-import-${run}`);
    validated.push(
      await time(async () => {
        const report = await sendImport(ours, text);
        if (report.added !== ARTICLES + HIGHLIGHTS) throw new Error(`import added ${report.summary}`);
      }),
    );
    merged.push(
      await time(async () => {
        const report = await sendImport(ours, newerText);
        if (report.updated !== edited || report.added !== 0)
          throw new Error(`the merge did ${report.summary}; ${edited} records were newer`);
      }),
    );
    await expectHolds(ours, newer);
    await ours.delete();

    const peer = await emptyDatabase(`${name}-bulk-add-${run}`);
    raw.push(
      await time(async () => {
        const backup = JSON.parse(text) as Backup;
        await peer.transaction('rw', peer.articles, peer.highlights, async () => {
          await peer.articles.bulkAdd(backup.articles);
          await peer.highlights.bulkAdd(backup.highlights);
        });
      }),
    );
    if ((await peer.highlights.count()) !== HIGHLIGHTS) throw new Error('the bulk add lost highlights');
    await peer.delete();
  }
  return { validated, merged, raw };
}

export const libraryBench = { seed, firstRender, searching, exporting, importing };
export type LibraryBench = typeof libraryBench;

Object.assign(window, { libraryBench });
