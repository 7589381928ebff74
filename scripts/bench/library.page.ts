// Runs inside headless Chromium (bundled by esbuild): the library's first render, search, Markdown
// export and backup import over 10,000 generated highlights, against a real IndexedDB.
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { HighlightItem, type HighlightActions } from '@/components/HighlightItem';
import { LibraryView } from '@/components/popup/LibraryView';
import { createHandlers } from '@/utils/background/handlers';
import { routeMessage, type RouterContext } from '@/utils/background/router';
import { exportBackup } from '@/utils/backup/export';
import type { Backup } from '@/utils/backup/format';
import { sameJson } from '@/utils/backup/same-json';
import { LensDatabase } from '@/utils/db/database';
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';
import { libraryMarkdownFiles } from '@/utils/export/markdown';
import { zipFiles } from '@/utils/export/zip';
import type { LibraryFilter } from '@/utils/library/filters';
import { groupByArticle } from '@/utils/library/groups';
import { joinRows, type LibraryRow } from '@/utils/library/rows';
import { loadLibrary } from '@/utils/library/load';
import { buildSearchIndex, search } from '@/utils/library/search';
import { COLOURS } from '@/utils/paint/colours';
import { DEFAULT_SETTINGS } from '@/utils/settings/schema';
import { seeded } from './article';

const ARTICLES = 1_000;
const HIGHLIGHTS = 10_000;
/** 2025-01-06, a fixed clock so every run builds the same records and files. */
const NOW = 1_736_150_400_000;
const HOUR = 3_600_000;

// Words a reader would search for. Each quote carries exactly one, and no other text holds any of
// them, so each matches a few hundred of the 10,000 highlights.
const TOPICS = [
  'latency', 'migration', 'onboarding', 'benchmarks', 'governance', 'observability', 'deprecation', 'sandboxing',
  'funding', 'hiring', 'licensing', 'telemetry', 'caching', 'rollback', 'sharding', 'accessibility',
  'roadmap', 'burnout', 'compliance', 'tooling', 'documentation', 'refactoring', 'profiling', 'packaging',
  'interop', 'scheduler', 'allocator', 'consensus', 'tokenizer', 'firmware',
];
const PROJECTS = [
  'PyTorch', 'Kubernetes', 'Postgres', 'SQLite', 'Deno', 'Rust', 'Svelte', 'Kafka', 'Redis', 'Ray', 'vLLM', 'Grafana',
  'Tailwind', 'Bun', 'Zig', 'WebKit', 'LLVM', 'Django', 'Rails', 'Elixir', 'DuckDB', 'ClickHouse', 'Nix', 'Wasmtime', 'Jupyter',
];
const FIRST_NAMES = ['Ada', 'Luca', 'Priya', 'Zoë', 'Sebastian', 'Mei', 'Kwame', 'Ingrid', 'Tomás', 'Aiko', 'Rahul', 'Fatima', 'Jonas', 'Elena', 'Yusuf', 'Hannah', 'Mateo', 'Sofia', 'Daniel', 'Nadia'];
const LAST_NAMES = ['Antiga', 'Raman', 'Brennan', 'Ortega', 'Okafor', 'Lindqvist', 'Nakamura', 'Haddad', 'Novak', 'Fischer', 'Moreau', 'Kowalski', 'Silva', 'Chen', 'Dubois', 'Petrov', 'Mensah', 'Larsen', 'Rossi', 'Kim'];
const ROLES = ['CTO', 'co-founder', 'staff engineer', 'lead maintainer', 'research lead', 'head of product', 'principal engineer', 'VP of engineering'];
const SITES: ReadonlyArray<[name: string, host: string]> = [
  ['The New Stack', 'thenewstack.io'], ['InfoQ', 'www.infoq.com'], ['Changelog', 'changelog.com'], ['LWN.net', 'lwn.net'],
  ['Increment', 'increment.com'], ['Software Engineering Daily', 'softwareengineeringdaily.com'], ['IEEE Spectrum', 'spectrum.ieee.org'],
  ['Ars Technica', 'arstechnica.com'], ['The Register', 'www.theregister.com'], ['Stack Overflow Blog', 'stackoverflow.blog'],
  ['Heise', 'www.heise.de'], ['Le Monde Informatique', 'www.lemondeinformatique.fr'], ['Quanta Magazine', 'www.quantamagazine.org'],
];
const TITLES: ReadonlyArray<(person: string, project: string) => string> = [
  (_, project) => `Why ${project} won`,
  (person, project) => `${person} on the future of ${project}`,
  (person, project) => `Inside ${project}: a conversation with ${person}`,
  (person, project) => `How ${project} ships releases, with ${person}`,
  (person, project) => `“We rewrote it twice”: ${person} on ${project}`,
  (person, project) => `${project} at ten years old — an interview with ${person}`,
];
const TAGS = ['to-quote', 'strategy', 'history', 'open source', 'community', 'performance', 'security', 'ai', 'career', 'culture', 'economics', 'infra', 'research', 'design', 'teaching', 'ops', 'databases', 'compilers'];
// The first sentence of a quote names its topic ({t}); the rest add length. {p} is a project.
const OPENINGS = [
  'We spent two years on {t} before anyone outside the team noticed.',
  'Honestly, {t} was the part of {p} nobody wanted to own.',
  'The turning point for {t} came when users started filing better bug reports.',
  'People think {t} is solved, and it really is not.',
  'If I could redo one thing in {p}, it would be how we handled {t}.',
  'Our {t} story was embarrassing for a long time.',
  'The trick with {t} is to make the boring path the fast one.',
  'Most of the {t} work happened on weekends at first.',
];
const SENTENCES = [
  'That changed how we thought about the whole project.',
  'It took a while, but the community came around.',
  'You have to ship something people can try in five minutes.',
  'We measured everything, and the numbers surprised us.',
  'The first version of {p} was written in a single summer.',
  'Nobody on the team had done this before, which helped.',
  'I still get emails about that decision.',
  'Companies started depending on it long before we were ready.',
  'We wrote the design down so newcomers could argue with it.',
  'The hardest part was saying no to good ideas.',
  'Every release since then has been smaller and calmer.',
  'It is the kind of work that only shows when it is missing.',
  'We borrowed a lot from how {p} did it.',
  'Small, boring improvements added up to a different product.',
];
const NOTES = [
  'Use this in the talk next month.',
  'Compare with what was said about {p} last year.',
  'Ask about this in the follow-up interview.',
  'A counterpoint to the usual story about how open source projects grow; worth a paragraph in the essay.',
  'Good opening line.',
  'Check whether the numbers quoted here were ever published.\nIf so, link them from the notes.',
  'Same argument as in the {p} piece, from the other side.',
];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const chance = (random: Random, p: number) => random() < p;
const fill = (template: string, topic: string, project: string) => template.replace('{t}', topic).replace('{p}', project);

/** A quote of 80–400 characters: a topic sentence, then others, cut at a word to a random length. */
function quoteText(random: Random, topic: string, project: string): string {
  const length = 80 + Math.floor(random() * 321);
  let text = fill(pick(random, OPENINGS), topic, project);
  while (text.length < length) text += ` ${fill(pick(random, SENTENCES), topic, project)}`;
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  // A long opening sentence is kept whole rather than cut inside a word.
  return cut >= 80 ? text.slice(0, cut) : text;
}

function article(random: Random, k: number): ArticleRecord & { interviewee: string; interviewer: string; project: string } {
  const [site, host] = pick(random, SITES);
  const interviewee = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
  const interviewer = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
  const project = pick(random, PROJECTS);
  const title = pick(random, TITLES)(interviewee, project);
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const url = `https://${host}/interviews/${slug}-${k}`;
  const firstSeenAt = NOW - (ARTICLES - k) * 8 * HOUR;
  return {
    id: `article-${k}`,
    url,
    urls: chance(random, 0.1) ? [url, `${url}/amp`] : [url],
    title,
    site,
    ...(chance(random, 0.7) && { author: interviewer }),
    ...(chance(random, 0.6) && { published: new Date(firstSeenAt - 2 * 24 * HOUR).toISOString().slice(0, 10) }),
    firstSeenAt,
    updatedAt: firstSeenAt + 6 * HOUR,
    interviewee,
    interviewer,
    project,
  };
}

function highlight(random: Random, n: number, source: ReturnType<typeof article>, start: number): HighlightRecord {
  const exact = quoteText(random, TOPICS[n % TOPICS.length]!, source.project);
  const createdAt = source.firstSeenAt + (n % 60) * 60_000;
  const anchor = random();
  const byInterviewee = chance(random, 0.8);
  return {
    id: `highlight-${n}`,
    articleId: source.id,
    quote: { type: 'TextQuoteSelector', exact, prefix: 'and then she said ', suffix: ' which is why it mattered' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    colour: pick(random, COLOURS),
    note: chance(random, 0.3) ? fill(pick(random, NOTES), '', source.project) : '',
    tags: [...new Set(Array.from({ length: Math.floor(random() * 4) }, () => pick(random, TAGS)))],
    ...(chance(random, 0.7) && { fragment: `:~:text=${encodeURIComponent(exact.split(' ').slice(0, 5).join(' '))}` }),
    ...(chance(random, 0.6) && {
      speaker: byInterviewee
        ? { name: source.interviewee, roles: [`${pick(random, ROLES)} of ${source.project}`] }
        : { name: source.interviewer, roles: [`editor at ${source.site}`] },
    }),
    ...(chance(random, 0.4) && { projects: [...new Set([source.project, ...Array.from({ length: Math.floor(random() * 3) }, () => pick(random, PROJECTS))])] }),
    anchorState: anchor < 0.85 ? 'anchored' : anchor < 0.95 ? 'approximate' : 'orphaned',
    anchorCheckedAt: createdAt + HOUR,
    createdAt,
    updatedAt: createdAt,
  };
}

/** The same 1,000 articles and 10,000 highlights on every call: each article has at least one. */
function generateLibrary(): { articles: ArticleRecord[]; highlights: HighlightRecord[] } {
  const random = seeded(2025);
  const sources = Array.from({ length: ARTICLES }, (_, k) => article(random, k));
  const nextStart = new Array<number>(ARTICLES).fill(0);
  const highlights = Array.from({ length: HIGHLIGHTS }, (_, n) => {
    const k = n < ARTICLES ? n : Math.floor(random() * ARTICLES);
    const start = (nextStart[k]! += 200 + Math.floor(random() * 3_000));
    return highlight(random, n, sources[k]!, start);
  });
  const articles = sources.map(({ interviewee, interviewer, project, ...record }): ArticleRecord => record);
  return { articles, highlights };
}

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
    rows.map((row) => createElement('li', { key: row.highlight.id }, createElement(HighlightItem, { highlight: row.highlight, article: row.article, showArticle: true, actions: NO_ACTIONS }))),
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
  if (rows.length !== HIGHLIGHTS || (!virtualised && drawn !== rows.length)) throw new Error(`drew ${drawn} of ${rows.length} highlights`);
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
async function searching(name: string, rounds: number): Promise<{ keystroke: number[]; naive: number[]; matches: number[] }> {
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
      const shown = () => count.textContent === `${found.length} of ${rows.length} highlights` && items()[0]?.dataset.highlightId === found[0]!.highlight.id;
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
  const handlers = createHandlers({ db, now: () => NOW, injectLens: async () => {}, bundledNames: new Set(), notifyChanged() {}, refreshAll() {}, tellTab() {} });
  return { extensionId: 'bench', extensionOrigin: EXTENSION_ORIGIN, handlers };
}

/** Sends the backup text as the options page does; returns the import's report or throws its error. */
async function sendImport(db: LensDatabase, text: string) {
  const reply = await routeMessage({ type: 'backup:import', text }, FROM_OPTIONS, background(db));
  if (!reply.ok || !('report' in reply)) throw new Error(`the import was refused: ${reply.ok ? 'no report' : reply.error}`);
  return reply.report;
}

/** Every fifth record of the backup: these the merge must take. */
const NEWER_EVERY = 5;

/** The same backup with 20 % of its articles and highlights edited later (newer updatedAt, changed title or note). */
function newerCopy(backup: Backup): Backup {
  const later = NOW + 30 * 24 * HOUR;
  return {
    ...backup,
    articles: backup.articles.map((article, k) => (k % NEWER_EVERY ? article : { ...article, title: `${article.title} (revised)`, updatedAt: later })),
    highlights: backup.highlights.map((highlight, n) => (n % NEWER_EVERY ? highlight : { ...highlight, note: `${highlight.note} Revised after the talk.`, updatedAt: later })),
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
    if (stored.length !== wanted.length || wrong.length > 0) throw new Error(`after the merge, ${wrong.length} of ${wanted.length} ${table} differ (${stored.length} stored)`);
  }
}

/**
 * The stored library's backup file imported into an empty database, then a newer copy of it (20 %
 * of records edited) merged into that library; both go through the background's message path.
 * The peer parses the same text and adds the records as they are, unvalidated. Runs alternate, so
 * noise falls on both alike.
 */
async function importing(name: string, runs: number): Promise<{ validated: number[]; merged: number[]; raw: number[] }> {
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
        if (report.updated !== edited || report.added !== 0) throw new Error(`the merge did ${report.summary}; ${edited} records were newer`);
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
