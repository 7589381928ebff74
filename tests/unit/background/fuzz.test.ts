import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REQUESTS } from '@/utils/background/handlers';
import { routeMessage, type RouterContext } from '@/utils/background/router';
import type { SenderInfo } from '@/utils/background/sender';
import { MAX_BACKUP_TEXT_LENGTH } from '@/utils/backup/format';
import { LensDatabase } from '@/utils/db/database';
import type { HighlightRecord } from '@/utils/db/records';
import type { Reply, Request, RequestType } from '@/utils/messages/protocol';
import { writeSettings } from '@/utils/settings/store';
import { dump } from '../backup/fixtures';
import { testSync } from '../sync/devices';
import {
  PAGE_URLS,
  REQUEST_TYPES,
  SEED,
  SEED_ARTICLE_URLS,
  backupFile,
  malformedRequest,
  mutatedBackup,
  notAnObject,
  validRequest,
} from './arbitraries';

/**
 * Property-based tests of every background message. The seed is fixed (20250611) so a failure
 * reproduces: fast-check prints the counterexample and the path to replay it.
 */
const RUNS = { seed: 20250611, numRuns: 60 };

const EXTENSION_ID = 'lens-id';
const ORIGIN = 'chrome-extension://lens-id/';
const T0 = 1_700_000_000_000;

const fromTab = (url: string = SEED_ARTICLE_URLS[0]): SenderInfo => ({
  id: EXTENSION_ID,
  url,
  frameId: 0,
  tab: { id: 7, url },
});
const fromPopup: SenderInfo = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };
const fromOptions: SenderInfo = {
  id: EXTENSION_ID,
  url: `${ORIGIN}options.html`,
  tab: { id: 9, url: `${ORIGIN}options.html` },
};
/** A sender the type accepts, aimed at a seeded article, so anything that slips through writes. */
const legitimateSender = (type: RequestType) => (REQUESTS[type].from.includes('content') ? fromTab() : fromPopup);

let dbCount = 0;

async function writeSeed(db: LensDatabase) {
  await db.transaction('rw', [db.articles, db.highlights, db.catalog, db.settings], async () => {
    await Promise.all([db.articles.clear(), db.highlights.clear(), db.catalog.clear(), db.settings.clear()]);
    await db.articles.bulkAdd(structuredClone(SEED.articles));
    await db.highlights.bulkAdd(structuredClone(SEED.highlights));
    await db.catalog.bulkAdd(structuredClone(SEED.catalog));
    await writeSettings(db, SEED.settings, T0);
  });
}

/** A seeded database and a router with watched side effects. */
async function harness() {
  const db = new LensDatabase(`fuzz-${++dbCount}`);
  await writeSeed(db);
  let clock = T0;
  const effects = { injectLens: vi.fn(async () => {}), notifyChanged: vi.fn(), refreshAll: vi.fn(), tellTab: vi.fn() };
  const context: RouterContext = {
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    deps: { db, now: () => ++clock, bundledNames: new Set(['pytorch', 'vllm']), sync: testSync(db), ...effects },
  };
  return { db, context, effects, before: await dump(db) };
}
type Harness = Awaited<ReturnType<typeof harness>>;

// One database per test; reopening one per property run would cost most of the time budget.
let shared: Harness;
beforeEach(async () => {
  shared = await harness();
});
afterEach(async () => {
  shared.db.close();
  await shared.db.delete();
});

/**
 * The harness as seeded, for one property run: spies cleared, and the tables put back if the
 * previous run changed them (so a failing run cannot spoil the runs fast-check shrinks with).
 */
async function seeded(): Promise<Harness> {
  for (const effect of Object.values(shared.effects)) effect.mockClear();
  if (!isDeepStrictEqual(await dump(shared.db), shared.before)) await writeSeed(shared.db);
  return shared;
}

/** Runtime messages cross a JSON boundary: own `__proto__` keys survive it, functions do not. */
const overTheWire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A failure the reader or a developer can read: a sentence, not a stack, a dump or an object. */
function expectReadableFailure(reply: Reply, opening?: RegExp): string {
  expect(reply).toEqual({ ok: false, error: expect.any(String) });
  const { error } = reply as { error: string };
  if (opening) expect(error).toMatch(opening);
  expect(error.trim().length).toBeGreaterThan(0);
  expect(error.length).toBeLessThanOrEqual(500);
  expect(error).not.toMatch(/\n\s+at \S.*:\d+:\d+|\[object Object\]|: (undefined|null)$/);
  return error;
}

function expectPrototypesClean() {
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

async function expectUnchanged({ db, before, effects }: Harness) {
  expect(await dump(db)).toEqual(before);
  expect(effects.notifyChanged).not.toHaveBeenCalled();
  expect(effects.refreshAll).not.toHaveBeenCalled();
}

/** What must hold after anything the router accepted. */
async function expectConsistent(db: LensDatabase) {
  const { articles, highlights } = await dump(db);
  const articleIds = new Set(articles.map((article) => article.id));
  for (const article of articles) expect(article.urls).toContain(article.url);
  for (const highlight of highlights) {
    expect(articleIds, `article of highlight ${highlight.id}`).toContain(highlight.articleId);
    expect(new Set(highlight.tags).size, `tags of highlight ${highlight.id}`).toBe(highlight.tags.length);
    expect(highlight.updatedAt).toBeGreaterThanOrEqual(highlight.createdAt);
  }
}

describe('malformed requests are refused before any handler runs', () => {
  it.each(REQUEST_TYPES)('%s wrong in one way: a readable error, and nothing changes', async (type) => {
    await fc.assert(
      fc.asyncProperty(malformedRequest(type), async ({ value }) => {
        const h = await seeded();
        const reply = await routeMessage(overTheWire(value), legitimateSender(type), h.context);
        expectReadableFailure(reply, /^Invalid message: /);
        await expectUnchanged(h);
        expect(h.effects.injectLens).not.toHaveBeenCalled();
        expectPrototypesClean();
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('anything that is not an object is refused', async () => {
    await fc.assert(
      fc.asyncProperty(notAnObject, fc.constantFrom(fromTab(), fromPopup), async (value, sender) => {
        const h = await seeded();
        expectReadableFailure(await routeMessage(overTheWire(value), sender, h.context), /^Invalid message: /);
        await expectUnchanged(h);
      }),
      RUNS,
    );
  });

  it('a __proto__ key among the colour labels never reaches a prototype or the saved settings', async () => {
    const labels = fc.dictionary(fc.constantFrom('yellow', 'green', 'pink'), fc.stringMatching(/^[a-z]{1,12}$/), {
      maxKeys: 2,
    });
    await fc.assert(
      fc.asyncProperty(labels, async (valid) => {
        const h = await seeded();
        const colourLabels = Object.defineProperty({ ...valid }, '__proto__', {
          value: { polluted: true, blue: 'injected' },
          enumerable: true,
        });
        const reply = await routeMessage(
          overTheWire({ type: 'settings:update', patch: { colourLabels } }),
          fromPopup,
          h.context,
        );
        expectPrototypesClean();
        if (!reply.ok) {
          expectReadableFailure(reply);
          return;
        }
        const saved = (await h.db.settings.toArray())[0]?.value.colourLabels;
        for (const labels of [saved, 'settings' in reply ? reply.settings.colourLabels : undefined]) {
          expect(Object.getPrototypeOf(labels)).toBe(Object.prototype);
          expect({ ...labels }).toEqual(valid);
          expect('blue' in labels!).toBe(false);
        }
      }),
      { ...RUNS, numRuns: 20 },
    );
  });
});

/** Senders a type must not accept: another extension, a subframe, no tab, or the wrong kind of script. */
function wrongSender(type: RequestType): fc.Arbitrary<SenderInfo> {
  const page = fc.constantFrom(...PAGE_URLS);
  const options: fc.Arbitrary<SenderInfo>[] = [
    fc
      .tuple(
        fc.option(
          fc.string({ maxLength: 32 }).filter((id) => id !== EXTENSION_ID),
          { nil: undefined },
        ),
        fc.constantFrom(fromTab(), fromPopup),
      )
      .map(([id, sender]) => ({ ...sender, id })),
    fc.tuple(page, fc.integer({ min: 1, max: 1000 })).map(([url, frameId]) => ({ ...fromTab(url), frameId })),
    fc
      .oneof(
        page,
        fc.constantFrom(
          'chrome-extension://other-id/popup.html',
          'chrome-extension://lens-id.evil/popup.html',
          'https://lens-id/',
        ),
      )
      .map((url) => ({ id: EXTENSION_ID, url })),
    page.map((url) => ({ id: EXTENSION_ID, url, frameId: 0, tab: { url } })),
    page.map((url) => ({ id: EXTENSION_ID, url, frameId: 0, tab: { id: 7 } })),
  ];
  if (!REQUESTS[type].from.includes('content')) options.push(page.map(fromTab));
  if (!REQUESTS[type].from.includes('extension-page')) options.push(fc.constantFrom(fromPopup, fromOptions));
  return fc.oneof(...options);
}

describe('valid requests from the wrong sender are refused', () => {
  it.each(REQUEST_TYPES)('%s', async (type) => {
    await fc.assert(
      fc.asyncProperty(validRequest[type], wrongSender(type), async (request, sender) => {
        const h = await seeded();
        expectReadableFailure(await routeMessage(overTheWire(request), sender, h.context), /^Rejected sender: /);
        await expectUnchanged(h);
        expect(h.effects.injectLens).not.toHaveBeenCalled();
      }),
      RUNS,
    );
  });

  const NOT_WEB = [
    'file:///home/me/notes.html',
    'about:blank',
    'chrome://newtab/',
    'data:text/html,<p>hi</p>',
    'view-source:https://thenewstack.io/why-pytorch-won',
    'blob:https://thenewstack.io/5b1c',
    'ftp://files.example/why-pytorch-won',
    'moz-extension://another-extension/page.html',
  ];
  const PAGE_TYPES = [
    'page:hello',
    'lens:request',
    'page:highlights',
    'highlight:create',
    'highlight:states',
    'lens:settings',
    'catalog:list',
  ] as const;

  it('a page that is not on the web saves nothing and is shown no highlight', async () => {
    const request = fc.oneof(...PAGE_TYPES.map((type): fc.Arbitrary<Request> => validRequest[type]));
    await fc.assert(
      fc.asyncProperty(request, fc.constantFrom(...NOT_WEB), async (message, url) => {
        const h = await seeded();
        const reply = await routeMessage(overTheWire(message), fromTab(url), h.context);
        if (message.type === 'highlight:create') expectReadableFailure(reply, /http/);
        if (message.type === 'page:highlights') expect(reply).toEqual({ ok: true, highlights: [] });
        if (message.type === 'highlight:states') expect(reply).toEqual({ ok: true, updated: 0 });
        await expectUnchanged(h);
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Random valid sequences, checked against a model of which highlights exist.

const pick = <T>(list: readonly T[], index: number): T | undefined =>
  list.length ? list[index % list.length] : undefined;

const action = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    tab: fc.constantFrom(...PAGE_URLS),
    request: validRequest['highlight:create'],
  }),
  fc.record({
    kind: fc.constant('update' as const),
    target: fc.nat(),
    stale: fc.boolean(),
    request: validRequest['highlight:update'],
    popup: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    target: fc.nat(),
    stale: fc.boolean(),
    request: validRequest['highlight:delete'],
    popup: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('restore' as const), target: fc.nat() }),
  fc.record({
    kind: fc.constant('states' as const),
    tab: fc.constantFrom(...PAGE_URLS),
    targets: fc.array(fc.nat(), { maxLength: 4 }),
    request: validRequest['highlight:states'],
  }),
  fc.record({
    kind: fc.constant('hello' as const),
    tab: fc.constantFrom(...PAGE_URLS),
    request: validRequest['page:hello'],
  }),
  fc.record({ kind: fc.constant('pause' as const), paused: fc.boolean() }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;

interface Model {
  live: string[];
  /** Records as the popup had them when it deleted them: what its undo sends back. */
  deleted: HighlightRecord[];
  paused: boolean;
}

/** Sends one action; returns the reply and whether the model expects it to succeed (nothing when there was nothing to send). */
async function perform(
  step: Action,
  model: Model,
  h: Harness,
): Promise<{ reply: Reply; expectOk: boolean } | undefined> {
  const { context, db } = h;
  switch (step.kind) {
    case 'create': {
      const host = new URL(step.tab).hostname;
      const reply = await routeMessage(overTheWire(step.request), fromTab(step.tab), context);
      if (reply.ok && 'highlight' in reply) model.live.push(reply.highlight.id);
      return { reply, expectOk: !model.paused && !host.endsWith('blocked.example') };
    }
    case 'update':
    case 'delete': {
      const id = (!step.stale && pick(model.live, step.target)) || step.request.id;
      const sender = step.popup ? fromPopup : fromTab();
      const existed = model.live.includes(id);
      const before = await db.highlights.get(id);
      const reply = await routeMessage(overTheWire({ ...step.request, id }), sender, context);
      if (step.kind === 'update' && reply.ok) {
        // The edit is what the reader typed: tags trimmed and each kept once.
        const { speaker, ...patch } = step.request.patch;
        const saved = await db.highlights.get(id);
        expect(saved).toMatchObject({
          ...patch,
          ...(patch.tags && { tags: [...new Set(patch.tags.map((t) => t.trim()))] }),
        });
        // The reader's "no one" clears the speaker; a name replaces it.
        if (speaker === null) expect(saved).not.toHaveProperty('speaker');
        else if (speaker) expect(saved!.speaker).toEqual(speaker);
        expect(saved!.updatedAt).toBeGreaterThan(before!.updatedAt);
      }
      if (step.kind === 'delete') {
        expect(reply).toEqual({ ok: true, deleted: existed });
        if (before) model.deleted.push(before);
        model.live = model.live.filter((live) => live !== id);
      }
      return { reply, expectOk: step.kind === 'delete' || existed };
    }
    case 'restore': {
      const record = pick(model.deleted, step.target);
      if (!record) return undefined;
      const reply = await routeMessage(
        overTheWire({ type: 'highlight:restore', highlight: record }),
        fromPopup,
        context,
      );
      const wasGone = !model.live.includes(record.id);
      if (reply.ok) model.live.push(record.id);
      return { reply, expectOk: wasGone };
    }
    case 'states': {
      const states = [
        ...step.request.states,
        ...step.targets.flatMap((t) =>
          model.live.length ? [{ id: pick(model.live, t)!, state: 'orphaned' as const }] : [],
        ),
      ];
      return {
        reply: await routeMessage(overTheWire({ ...step.request, states }), fromTab(step.tab), context),
        expectOk: true,
      };
    }
    case 'hello':
      return { reply: await routeMessage(overTheWire(step.request), fromTab(step.tab), context), expectOk: true };
    case 'pause':
      model.paused = step.paused;
      return {
        reply: await routeMessage({ type: 'settings:update', patch: { paused: step.paused } }, fromPopup, context),
        expectOk: true,
      };
  }
}

describe('random valid sequences keep the database consistent', () => {
  it('creates, edits, deletes, undos and anchor reports, from the page and the popup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 20 }), async (steps) => {
        const h = await seeded();
        const model: Model = { live: SEED.highlights.map((record) => record.id), deleted: [], paused: false };
        for (const step of steps) {
          const outcome = await perform(step, model, h);
          if (!outcome) continue;
          const { reply, expectOk } = outcome;
          if (expectOk) expect(reply, step.kind).toMatchObject({ ok: true });
          else expectReadableFailure(reply);
          if (!reply.ok) expect(reply.error).not.toMatch(/^(Invalid message|Rejected sender|Could not complete)/);
          await expectConsistent(h.db);
          expect((await h.db.highlights.toCollection().primaryKeys()).sort()).toEqual([...model.live].sort());
        }
      }),
      { ...RUNS, numRuns: 40 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Backup files: garbage and broken files change nothing; whatever is accepted leaves no dangling highlight.

/** Sends `text` as a backup; checks the outcome either way and returns the reply. */
async function importText(text: string, h: Harness): Promise<Reply> {
  const reply = await routeMessage({ type: 'backup:import', text }, fromOptions, h.context);
  if (!reply.ok) {
    const error = expectReadableFailure(reply);
    // The catch-all means the import failed for a reason nobody anticipated.
    expect(error).not.toBe('The import failed, and nothing was changed.');
    await expectUnchanged(h);
    return reply;
  }
  expect(reply).toMatchObject({
    ok: true,
    report: { summary: expect.stringMatching(/^\d+ added, \d+ updated, \d+ unchanged$/) },
  });
  expect(h.effects.refreshAll).toHaveBeenCalledOnce();
  await expectConsistent(h.db);
  // An import merges: nothing saved before disappears.
  const after = await dump(h.db);
  for (const table of ['articles', 'highlights'] as const) {
    expect(after[table].map((row) => row.id)).toEqual(expect.arrayContaining(h.before[table].map((row) => row.id)));
  }
  expect(after.catalog.map((entry) => entry.name)).toEqual(
    expect.arrayContaining(h.before.catalog.map((entry) => entry.name)),
  );
  return reply;
}

describe('backup:import', () => {
  it('random text is refused with a readable reason', async () => {
    const text = fc.oneof(
      fc.json(),
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify({ format: 'interview-lens-backup', version: 1, articles: value })),
    );
    await fc.assert(
      fc.asyncProperty(text, async (raw) => {
        const h = await seeded();
        expect((await importText(raw, h)).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('a truncated backup is refused as not JSON', async () => {
    const truncated = backupFile
      .map((backup) => JSON.stringify(backup, null, 2))
      .chain((full) => fc.nat(full.length - 1).map((cut) => full.slice(0, cut)));
    await fc.assert(
      fc.asyncProperty(truncated, async (text) => {
        const h = await seeded();
        expect(await importText(text, h)).toEqual({ ok: false, error: expect.stringContaining('not JSON') });
      }),
      RUNS,
    );
  });

  it('a valid backup is merged: every highlight of the file is there afterwards', async () => {
    await fc.assert(
      fc.asyncProperty(backupFile, async (backup) => {
        const h = await seeded();
        expect((await importText(JSON.stringify(backup), h)).ok).toBe(true);
        const ids = await h.db.highlights.toCollection().primaryKeys();
        expect(ids).toEqual(expect.arrayContaining(backup.highlights.map((highlight) => highlight.id)));
      }),
      RUNS,
    );
  });

  it('a backup with one field changed is refused cleanly or merged consistently', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBackup, async ({ value }) => {
        const h = await seeded();
        await importText(JSON.stringify(value), h);
        expectPrototypesClean();
      }),
      { ...RUNS, numRuns: 150 },
    );
  });

  it('a text over the size limit is refused before it is read', async () => {
    const h = await seeded();
    const reply = await routeMessage(
      { type: 'backup:import', text: 'x'.repeat(MAX_BACKUP_TEXT_LENGTH + 1) },
      fromOptions,
      h.context,
    );
    expectReadableFailure(reply, /^Invalid message: .*50 MB/);
    await expectUnchanged(h);
  });

  it('a highlight whose article exists nowhere is refused', async () => {
    const dangling = fc
      .tuple(
        backupFile.filter((backup) => backup.highlights.length > 0),
        fc.nat(),
        fc.uuid(),
      )
      .map(([backup, index, articleId]) => {
        const highlights = backup.highlights.map((highlight, i) =>
          i === index % backup.highlights.length ? { ...highlight, articleId } : highlight,
        );
        return JSON.stringify({ ...backup, highlights });
      });
    await fc.assert(
      fc.asyncProperty(dangling, async (text) => {
        const h = await seeded();
        expect(await importText(text, h)).toEqual({
          ok: false,
          error: expect.stringContaining('neither in this backup nor saved here'),
        });
      }),
      RUNS,
    );
  });
});
