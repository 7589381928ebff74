import { expect } from '@playwright/test';
import type { CouchServer } from './couch-server';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../utils/backup/format';
import { DEFAULT_SETTINGS } from '../../../utils/settings/schema';
import { clickButton, importFile } from './downloads';
import type { Harness, Tab } from './harness';
import {
  highlightSelectionWithToolbar,
  inPage,
  selectPhrase,
  toolbarClosed,
  waitForPainted,
  waitUntil,
} from './page-actions';
import { screenshotPath } from './paths';

const ARTICLE = 'interviews/tns-why-pytorch-won.html';
const PASSPHRASE = 'a long passphrase only I know';
/** Replication is live, but a new device's first read, and a retry after an outage, take a few seconds. */
const SYNC_WAIT_MS = 45_000;

/** One browser profile as a device: its harness and the two extension pages a reader keeps open. */
export interface Device {
  harness: Harness;
  name: string;
}

/** Page-side: types `text` into the field found by `selector`, as React sees typing (its value setter, then an input event). */
const fill = ({ selector, text }: { selector: string; text: string }) => {
  const input = document.querySelector(selector) as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
};

/** Page-side: the status line, or the reason sync was not turned on. */
const syncStatus = () =>
  document.querySelector('[data-testid="sync-status"]')?.textContent ??
  document.querySelector('#sync-heading ~ form [role="alert"]')?.textContent ??
  '';

/** Turns sync on in the device's options page, as the reader does, and waits for the first sync. */
export async function turnSyncOn(device: Device, couch: CouchServer, database: string, passphrase = PASSPHRASE) {
  const options = await device.harness.openExtensionPage('options.html');
  await options.bringToFront();
  // The worker's browser is shared by the tests of a run: sync left on by an earlier one goes off first.
  const shown = await waitUntil(
    options,
    () =>
      document.querySelector('form[aria-label="Turn sync on"]')
        ? 'form'
        : document.querySelector('[data-testid="sync-status"]')
          ? 'on'
          : '',
    undefined,
    Boolean,
    'the sync section',
  );
  if (shown === 'on') await turnSyncOff(options);
  for (const [selector, text] of [
    ['input[type="url"]', couch.url],
    ['form[aria-label="Turn sync on"] label:nth-of-type(2) input', database],
    ['input[autocomplete="new-password"]', passphrase],
  ] as const)
    await inPage(options, fill, { selector, text });
  // A real click: a browser asks for a host permission only in answer to the reader's input.
  const button = await inPage(
    options,
    () => {
      const found = [...document.querySelectorAll('button')].find(
        (candidate) => candidate.textContent === 'Turn sync on',
      )!;
      found.scrollIntoView({ block: 'center' });
      const box = found.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    },
    undefined,
  );
  await options.mouse.click(button.x, button.y);
  return options;
}

/** Turns sync off in the options page, and waits for the form that turns it on again. */
export async function turnSyncOff(options: Tab): Promise<void> {
  await inPage(options, clickButton, 'Turn sync off');
  await waitUntil(
    options,
    () => document.querySelector('form[aria-label="Turn sync on"]') !== null,
    undefined,
    Boolean,
    'sync off',
  );
}

/** Waits until the page's sync status line says `pattern`. */
export const statusSays = (page: Tab, pattern: RegExp, what: string) =>
  waitUntil(page, syncStatus, undefined, (text) => pattern.test(text), what, SYNC_WAIT_MS);

/** Page-side: the popup's highlights, each as its quote, note and the other device's note if it kept one. */
const listed = () =>
  [...document.querySelectorAll('article.highlight')].map((item) => ({
    quote: item.querySelector('.quote')?.textContent ?? '',
    note: item.querySelector('.note:not(.other-note)')?.textContent ?? '',
    other: item.querySelector('.other-note')?.textContent ?? null,
    tags: [...item.querySelectorAll('ul.tags li')].map((tag) => tag.textContent ?? ''),
  }));
type Listed = ReturnType<typeof listed>;

async function openLibrary(device: Device, articleUrl: string): Promise<Tab> {
  const popup = await device.harness.openExtensionPage(
    `popup.html?page=${encodeURIComponent(articleUrl)}&view=library`,
  );
  await popup.bringToFront();
  return popup;
}

/** Waits until the library lists the quote (or no longer does, when `find` says so) as `done` wants it. */
const libraryShows = (popup: Tab, quote: string, done: (item: Listed[number] | undefined) => boolean, what: string) =>
  waitUntil(
    popup,
    listed,
    undefined,
    (items) => done(items.find((item) => item.quote === quote)),
    what,
    SYNC_WAIT_MS,
  ).then((items) => items.find((item) => item.quote === quote));

/** Edits the note of the library's only highlight with this quote, as the reader does in the popup. */
async function editNote(popup: Tab, quote: string, note: string, tags?: string): Promise<void> {
  await popup.bringToFront();
  await libraryShows(popup, quote, (item) => item !== undefined, `“${quote}” listed`);
  await inPage(
    popup,
    (text) => {
      const item = [...document.querySelectorAll('article.highlight')].find(
        (candidate) => candidate.querySelector('.quote')?.textContent === text,
      );
      [...(item?.querySelectorAll('button') ?? [])].find((button) => button.textContent === 'Edit')?.click();
    },
    quote,
  );
  await waitUntil(
    popup,
    () => document.activeElement?.tagName ?? '',
    undefined,
    (tag) => tag === 'TEXTAREA',
    'the note field',
  );
  await inPage(popup, () => (document.activeElement as HTMLTextAreaElement).select(), undefined);
  await popup.keyboard.type(note);
  if (tags) {
    await popup.keyboard.press('Tab');
    await popup.keyboard.type(tags);
  }
  await inPage(popup, clickButton, 'Save');
  await libraryShows(popup, quote, (item) => item?.note === note, `the note “${note}” saved`);
}

/** Makes a highlight of `quote` in a fresh tab of the device's browser. */
async function highlightOn(device: Device, articleUrl: string, quote: string): Promise<Tab> {
  const page = await device.harness.newTab();
  await page.goto(articleUrl);
  await page.bringToFront();
  await selectPhrase(page, quote);
  await highlightSelectionWithToolbar(page);
  await waitForPainted(page, quote);
  await toolbarClosed(page);
  return page;
}

/**
 * A highlight with a note made on A reaches B; B's edit of the note reaches A; A's delete removes
 * it on B. The server holds nothing readable.
 */
export async function syncBetweenDevices(a: Device, b: Device, couch: CouchServer, database: string): Promise<void> {
  const quote = 'Every time the field reinvented itself, PyTorch was there,';
  const articleUrl = `${a.harness.origin}/${ARTICLE}?case=sync-${database}`;
  const optionsA = await turnSyncOn(a, couch, database);
  await statusSays(optionsA, /^Synced with localhost:\d+\./, `${a.name} synced`);
  await highlightOn(a, articleUrl, quote);
  const libraryA = await openLibrary(a, articleUrl);
  await editNote(libraryA, quote, 'Said by the head of the TAC', 'foundation-politics');

  const optionsB = await turnSyncOn(b, couch, database);
  await statusSays(optionsB, /^Synced with localhost:\d+\./, `${b.name} synced`);
  await optionsB.screenshot({ path: screenshotPath(`sync-${b.harness.browser}-options.png`) });
  const libraryB = await openLibrary(b, `${b.harness.origin}/${ARTICLE}?case=sync-${database}`);
  await libraryShows(
    libraryB,
    quote,
    (item) => item?.note === 'Said by the head of the TAC' && item.tags.includes('foundation-politics'),
    `the highlight on ${b.name}`,
  );
  // It is painted on B's copy of the page too.
  const pageB = await b.harness.newTab();
  await pageB.goto(`${b.harness.origin}/${ARTICLE}?case=sync-${database}`);
  await waitForPainted(pageB, quote);

  await editNote(libraryB, quote, 'Edited on the second device');
  await libraryShows(libraryA, quote, (item) => item?.note === 'Edited on the second device', `B's note on ${a.name}`);

  // What the server holds: random ids and ciphertext, none of the reader's words or addresses.
  const stored = JSON.stringify(await couch.allDocs(database));
  expect(stored.length).toBeGreaterThan(200);
  for (const secret of [
    'PyTorch',
    'Edited on the second device',
    'Said by the head of the TAC',
    'foundation-politics',
    'tns-why-pytorch-won',
    'Why PyTorch Won',
    '127.0.0.1',
  ])
    expect(stored, `the server's documents must not contain “${secret}”`).not.toContain(secret);

  await libraryA.bringToFront();
  await inPage(
    libraryA,
    (text) => {
      const item = [...document.querySelectorAll('article.highlight')].find(
        (candidate) => candidate.querySelector('.quote')?.textContent === text,
      );
      [...(item?.querySelectorAll('button') ?? [])].find((button) => button.textContent === 'Delete')?.click();
    },
    quote,
  );
  await libraryShows(libraryA, quote, (item) => item === undefined, `the highlight deleted on ${a.name}`);
  await libraryShows(libraryB, quote, (item) => item === undefined, `the delete on ${b.name}`);

  // Off: the server and passphrase are forgotten, the popup's status line goes, the library stays.
  await optionsB.bringToFront();
  await turnSyncOff(optionsB);
  await waitUntil(
    libraryB,
    () => document.querySelector('[data-testid="sync-status"]') === null,
    undefined,
    Boolean,
    `no status line on ${b.name}`,
  );
}

/**
 * The server goes down; both devices edit the same note; the status says the server is out of
 * reach; it comes back and both converge on the newer note, with the older one offered beside it;
 * the reader's choice reaches the other device.
 */
export async function editsWhileServerDown(a: Device, b: Device, couch: CouchServer, database: string): Promise<void> {
  const quote = 'A big ecosystem came with it.';
  const articleUrl = `${a.harness.origin}/${ARTICLE}?case=sync-${database}`;
  const optionsA = await turnSyncOn(a, couch, database);
  await statusSays(optionsA, /^Synced with/, `${a.name} synced`);
  await highlightOn(a, articleUrl, quote);
  const optionsB = await turnSyncOn(b, couch, database);
  await statusSays(optionsB, /^Synced with/, `${b.name} synced`);
  const libraryA = await openLibrary(a, articleUrl);
  const libraryB = await openLibrary(b, articleUrl);
  await libraryShows(libraryB, quote, (item) => item !== undefined, `the highlight on ${b.name}`);

  await couch.goDown();
  await statusSays(
    libraryA,
    /^Cannot reach localhost:\d+: no answer from the server\. Trying again in \d+ s\./,
    `${a.name} offline`,
  );
  await libraryA.screenshot({ path: screenshotPath(`sync-${a.harness.browser}-offline.png`) });
  await editNote(libraryA, quote, 'First thought, on A');
  await editNote(libraryB, quote, 'Second thought, on B');
  await couch.comeBack();
  // The reader does not wait for the next retry.
  for (const library of [libraryA, libraryB]) {
    await library.bringToFront();
    await waitUntil(
      library,
      () => [...document.querySelectorAll('button')].some((button) => button.textContent === 'Sync now'),
      undefined,
      Boolean,
      'Sync now',
    );
    await inPage(library, clickButton, 'Sync now');
  }
  for (const [device, library] of [
    [a, libraryA],
    [b, libraryB],
  ] as const) {
    const item = await libraryShows(
      library,
      quote,
      (shown) => shown?.other === 'First thought, on A',
      `both versions on ${device.name}`,
    );
    expect(item?.note).toBe('Second thought, on B');
    await statusSays(library, /^Synced with/, `${device.name} synced again`);
  }
  await libraryA.screenshot({ path: screenshotPath(`sync-${a.harness.browser}-both-versions.png`) });

  // A keeps its own, older note; B gets the choice.
  await inPage(libraryA, clickButton, 'Use the other device’s note');
  await libraryShows(
    libraryA,
    quote,
    (item) => item?.note === 'First thought, on A' && item.other === null,
    'the choice on A',
  );
  await libraryShows(
    libraryB,
    quote,
    (item) => item?.note === 'First thought, on A' && item.other === null,
    'the choice on B',
  );
}

/** A backup of `count` highlights on one article, as another install of the extension would write it. */
function backupOf(articleUrl: string, count: number): string {
  const now = Date.now();
  const article = {
    id: 'mid-sync-article',
    url: articleUrl,
    urls: [articleUrl],
    title: 'Why PyTorch Won',
    site: 'The New Stack',
    firstSeenAt: now,
    updatedAt: now,
  };
  const highlights = Array.from({ length: count }, (_, k) => {
    const exact = `Saved quote number ${k}`;
    return {
      id: `mid-sync-${k}`,
      articleId: article.id,
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: k * 40, end: k * 40 + exact.length },
      colour: 'yellow',
      note: `note ${k}`,
      tags: [],
      createdAt: now + k,
      updatedAt: now + k,
    };
  });
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    articles: [article],
    highlights,
    catalog: [],
    settings: DEFAULT_SETTINGS,
  });
}

/** Page-side, in the popup: how many highlights it says are saved in all (NaN before it says). */
const totalCount = () => {
  const text = document.querySelector('[data-testid="total-count"]')?.textContent ?? '';
  return text ? Number(text.split(' ')[0]) : Number.NaN;
};

/**
 * One device sends 2,000 highlights; the server goes away while the other is receiving them. The
 * receiver says so and keeps what it has; once the server is back, it has every highlight, none twice.
 */
export async function serverStopsMidSync(a: Device, b: Device, couch: CouchServer, database: string): Promise<void> {
  const count = 2000;
  const optionsA = await turnSyncOn(a, couch, database);
  await statusSays(optionsA, /^Synced with/, `${a.name} synced`);
  const optionsB = await turnSyncOn(b, couch, database);
  await statusSays(optionsB, /^Synced with/, `${b.name} synced`);
  const popupA = await a.harness.openExtensionPage('popup.html?view=library');
  const before = await waitUntil(popupA, totalCount, undefined, (total) => !Number.isNaN(total), 'the count on A');

  await optionsB.bringToFront();
  expect(
    await importFile(optionsB, backupOf(`${b.harness.origin}/${ARTICLE}?case=mid-sync`, count), 'many.json'),
  ).toMatch(/^Imported many\.json: 2,001 added/);
  const partly = await waitUntil(
    popupA,
    totalCount,
    undefined,
    (total) => total > before,
    `the first highlights on ${a.name}`,
    SYNC_WAIT_MS,
  );
  await couch.goDown();
  expect(partly, 'the server went down before the receiving device had everything').toBeLessThan(before + count);
  await statusSays(popupA, /^Cannot reach localhost:\d+/, `${a.name} offline`);
  await couch.comeBack();
  for (const options of [optionsB, optionsA]) {
    await options.bringToFront();
    await inPage(options, clickButton, 'Sync now');
  }
  await waitUntil(
    popupA,
    totalCount,
    undefined,
    (total) => total === before + count,
    `all ${count} highlights on ${a.name}`,
    SYNC_WAIT_MS,
  ).catch(async (error: Error) => {
    // Says which side stopped: the sender (the server lacks documents) or the receiver.
    const held = (await couch.allDocs(database)).length;
    const status = await inPage(popupA, syncStatus, undefined);
    throw new Error(`${error.message}; the server holds ${held} documents; ${a.name} says "${status}"`);
  });
  await statusSays(popupA, /^Synced with/, `${a.name} synced again`);
}
