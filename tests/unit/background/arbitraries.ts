import fc, { type JsonValue } from 'fast-check';
import { ANCHOR_STATES } from '@/utils/anchoring/selectors';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '@/utils/backup/format';
import { CATALOG_KINDS } from '@/utils/catalog/schema';
import type { HighlightRecord } from '@/utils/db/records';
import { MAX_CONTEXT, MAX_NOTE, MAX_QUOTE, MAX_TAG, MAX_TAGS } from '@/utils/messages/limits';
import { REQUESTS } from '@/utils/background/handlers';
import type { Request, RequestType } from '@/utils/messages/protocol';
import { SIGNAL_LIMITS } from '@/utils/interview/signals';
import { COLOURS } from '@/utils/paint/colours';
import { DEFAULT_SETTINGS, MAX_COLOUR_LABEL, MAX_DISABLED_SITES, UNDERLINE_DENSITIES } from '@/utils/settings/schema';
import { article, catalogEntry, highlight } from '../backup/fixtures';

/** Generators for fuzzing the background's messages: valid requests, and requests broken in exactly one way. */

export type Json = JsonValue;
type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const REQUEST_TYPES = Object.keys(REQUESTS) as RequestType[];

// ---------------------------------------------------------------------------------------------
// What the database holds before each run: ids the generated requests aim at, so a request that
// slipped past validation or the sender check would visibly change a record.

export const SEED_ARTICLE_URLS = [
  'https://thenewstack.io/why-pytorch-won',
  'https://www.infoq.com/articles/vllm',
] as const;
const SEED_ARTICLE_IDS = ['3d0a4c1e-5b6f-4a7d-8e9f-0a1b2c3d4e01', '3d0a4c1e-5b6f-4a7d-8e9f-0a1b2c3d4e02'] as const;
const SEED_HIGHLIGHT_IDS = [
  '0b7f3f52-8d3c-4c59-9a53-3f1f4c8e2a01',
  '0b7f3f52-8d3c-4c59-9a53-3f1f4c8e2a02',
  '0b7f3f52-8d3c-4c59-9a53-3f1f4c8e2a03',
] as const;

export const SEED = {
  articles: SEED_ARTICLE_URLS.map((url, i) => article(SEED_ARTICLE_IDS[i]!, url, 5)),
  highlights: [
    highlight(SEED_HIGHLIGHT_IDS[0], SEED_ARTICLE_IDS[0], 5, { note: 'kept as it was', tags: ['serving'] }),
    highlight(SEED_HIGHLIGHT_IDS[1], SEED_ARTICLE_IDS[0], 5, { colour: 'green' }),
    highlight(SEED_HIGHLIGHT_IDS[2], SEED_ARTICLE_IDS[1], 5, { anchorState: 'anchored' }),
  ],
  catalog: [catalogEntry('Quillmark')],
  settings: { colourLabels: { pink: 'disagree' }, disabledSites: ['blocked.example'] },
};

// ---------------------------------------------------------------------------------------------
// Valid fields. Text uses any code point (lone surrogates included) and stays well inside each
// limit: a code point is at most two UTF-16 units, and zod counts units.

const text = (max: number) => fc.string({ unit: 'binary', maxLength: Math.min(Math.floor(max / 2), 30) });
const nonBlank = (max: number) =>
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: Math.min(Math.floor(max / 2), 30) })
    .filter((s) => s.trim().length > 0);

/** Tab addresses: the seeded articles (with tracking noise) and pages nothing is saved for yet. */
export const PAGE_URLS = [
  ...SEED_ARTICLE_URLS,
  'https://thenewstack.io/why-pytorch-won/?utm_source=newsletter',
  'https://www.infoq.com/articles/vllm#part-2',
  'http://example.com/story?id=3',
  'https://blocked.example/interview',
] as const;
const pageUrl = fc.constantFrom(...PAGE_URLS);
/** What a page may claim as its canonical address: same site, relative, another site, or junk. */
const canonical = fc.oneof(
  pageUrl,
  fc.constantFrom('/why-pytorch-won', 'https://bank.example/account', 'not a url', ''),
);

const pageFacts = fc.record(
  { canonical, title: text(1000), site: text(300), author: text(300), published: text(100) },
  { requiredKeys: ['title'] },
);
/** What the detector gathers on a page (utils/interview/signals.ts). */
const signals = fc.record({
  heading: text(SIGNAL_LIMITS.heading),
  data: text(SIGNAL_LIMITS.data),
  blocks: fc.array(
    fc.record(
      {
        text: text(SIGNAL_LIMITS.blockText),
        marked: fc.boolean(),
        asking: fc.boolean(),
        answer: text(SIGNAL_LIMITS.blockText),
      },
      { requiredKeys: ['text', 'marked', 'asking'] },
    ),
    { maxLength: 5 },
  ),
});
const quote = fc.record({
  type: fc.constant('TextQuoteSelector' as const),
  exact: nonBlank(MAX_QUOTE),
  prefix: text(MAX_CONTEXT),
  suffix: text(MAX_CONTEXT),
});
const position = fc
  .tuple(fc.nat(1_000_000), fc.integer({ min: 1, max: 10_000 }))
  .map(([start, length]) => ({ type: 'TextPositionSelector' as const, start, end: start + length }));
const colour = fc.constantFrom(...COLOURS);
const fragment = text(8000).map((s) => `:~:text=${s}`);
const speaker = fc.record({ name: text(200), roles: fc.array(text(400), { maxLength: 3 }) });
const projects = fc.array(text(100), { maxLength: 4 });

/** Tags as typed: padded, repeated, in another case; the background trims and de-duplicates them. */
const tag = fc.oneof(
  fc.constantFrom('serving', ' serving ', 'Serving', 'vllm', 'to quote'),
  nonBlank(MAX_TAG).filter((t) => !/[,\n\r]/.test(t)),
);
const tags = fc.array(tag, { maxLength: 8 });
const note = text(MAX_NOTE);

const highlightPatch = fc
  .record({ colour, note, tags, speaker: fc.option(speaker, { nil: null }) }, { requiredKeys: [] })
  .filter((patch) => Object.keys(patch).length > 0);

/** A seeded highlight (so a slipped-through write would show) or one that does not exist. */
const highlightId = fc.oneof(fc.constantFrom(...SEED_HIGHLIGHT_IDS), fc.uuid());

const timestamp = fc.nat(2_000_000_000_000);
const highlightRecord: fc.Arbitrary<HighlightRecord> = fc
  .record(
    {
      id: fc.oneof(fc.uuid(), fc.constantFrom(...SEED_HIGHLIGHT_IDS)),
      articleId: fc.constantFrom(...SEED_ARTICLE_IDS),
      quote,
      position,
      colour,
      note,
      tags,
      fragment,
      speaker,
      projects,
      anchorState: fc.constantFrom(...ANCHOR_STATES),
      anchorCheckedAt: timestamp,
      createdAt: timestamp,
      age: fc.nat(1_000_000),
    },
    { requiredKeys: ['id', 'articleId', 'quote', 'position', 'colour', 'note', 'tags', 'createdAt', 'age'] },
  )
  // As stored: tags trimmed and each kept once, and never changed before being made.
  .map(({ age, ...record }) => ({
    ...record,
    tags: [...new Set(record.tags.map((t) => t.trim()))],
    updatedAt: record.createdAt + age,
  }));

const catalogName = fc.stringMatching(/^[A-Z][a-z]{2,12}$/);
const httpsUrl = fc.webUrl({ validSchemes: ['https'] }).filter((url) => url.length <= 500);
const contextWord = fc.stringMatching(/^[a-z]{2,12}$/);
const catalogEntryArb = fc
  .record(
    {
      name: catalogName,
      aliases: fc.array(catalogName, { maxLength: 3 }),
      kind: fc.constantFrom(...CATALOG_KINDS),
      description: fc.string({ minLength: 10, maxLength: 100 }).filter((s) => s.trim().length >= 10),
      homepage: httpsUrl,
      repository: httpsUrl,
      ambiguous: fc.boolean(),
      context: fc.array(contextWord, { minLength: 1, maxLength: 4 }),
    },
    { requiredKeys: ['name', 'aliases', 'kind', 'description'] },
  )
  .filter((entry) => !entry.ambiguous || entry.context !== undefined);

const colourLabel = nonBlank(MAX_COLOUR_LABEL);
const settingsPatch = fc.record(
  {
    defaultColour: colour,
    colourLabels: fc.record(
      Object.fromEntries(COLOURS.map((c) => [c, colourLabel])) as Record<
        (typeof COLOURS)[number],
        fc.Arbitrary<string>
      >,
      {
        requiredKeys: [],
      },
    ),
    exportOptions: fc.record(
      { blockIds: fc.boolean(), groupBySpeaker: fc.boolean(), liveLinks: fc.boolean() },
      { requiredKeys: ['blockIds', 'groupBySpeaker'] },
    ),
    disabledSites: fc.array(fc.domain(), { maxLength: 3 }),
    paused: fc.boolean(),
    underlines: fc.constantFrom(...UNDERLINE_DENSITIES),
  },
  { requiredKeys: [] },
);

// ---------------------------------------------------------------------------------------------
// Backups: new and seeded articles, highlights on either, catalog entries and settings.

const BACKUP_URLS = [
  ...SEED_ARTICLE_URLS,
  'https://example.com/a',
  'https://example.com/b',
  'https://news.example.org/c',
] as const;

export const backupFile: fc.Arbitrary<Backup> = fc
  .record({
    articles: fc.uniqueArray(
      fc.record({ id: fc.uuid(), url: fc.constantFrom(...BACKUP_URLS), updatedAt: fc.integer({ min: 1, max: 10 }) }),
      {
        selector: (a) => a.url,
        maxLength: 3,
      },
    ),
    highlights: fc.uniqueArray(
      fc.record({
        id: fc.oneof(fc.uuid(), fc.constantFrom(...SEED_HIGHLIGHT_IDS)),
        onto: fc.nat(),
        updatedAt: fc.integer({ min: 1, max: 10 }),
        tags,
        note,
      }),
      { selector: (h) => h.id, maxLength: 4 },
    ),
    catalog: fc.uniqueArray(fc.constantFrom('Quillmark', 'Tracepoint', 'Loomwire'), { maxLength: 3 }),
    paused: fc.boolean(),
    defaultColour: colour,
  })
  .map(({ articles, highlights, catalog, paused, defaultColour }) => {
    // Highlights sit on an article of the file or on one already saved, never on a missing one.
    const articleIds = [...articles.map((a) => a.id), ...SEED_ARTICLE_IDS];
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: '2025-06-01T12:00:00.000Z',
      articles: articles.map((a) => article(a.id, a.url, a.updatedAt)),
      highlights: highlights.map((h) =>
        highlight(h.id, articleIds[h.onto % articleIds.length]!, h.updatedAt, {
          tags: [...new Set(h.tags.map((t) => t.trim()))],
          note: h.note,
        }),
      ),
      catalog: catalog.map((name) => catalogEntry(name)),
      settings: { ...DEFAULT_SETTINGS, paused, defaultColour },
    };
  });

// ---------------------------------------------------------------------------------------------
// One valid request of each type.

const req = <T extends RequestType>(type: T) => fc.constant(type);

export const validRequest: { [T in RequestType]: fc.Arbitrary<RequestOf<T>> } = {
  'page:hello': fc.record(
    { type: req('page:hello'), page: pageFacts, signals },
    { requiredKeys: ['type', 'page', 'signals'] },
  ),
  'lens:request': fc.record({ type: req('lens:request') }),
  'page:highlights': fc.record({ type: req('page:highlights'), page: pageFacts }),
  'highlight:create': fc.record(
    { type: req('highlight:create'), page: pageFacts, quote, position, colour, fragment, speaker, projects },
    { requiredKeys: ['type', 'page', 'quote', 'position', 'colour'] },
  ),
  'highlight:update': fc.record({ type: req('highlight:update'), id: highlightId, patch: highlightPatch }),
  'highlight:delete': fc.record({ type: req('highlight:delete'), id: highlightId }),
  'highlight:get': fc.record({ type: req('highlight:get'), id: highlightId }),
  'card:close': fc.record({ type: req('card:close') }),
  'page:verdict': fc.record({
    type: req('page:verdict'),
    url: fc.constantFrom('https://thenewstack.io/why-pytorch-won', 'http://example.com/news?id=2'),
    verdict: fc.constantFrom('interview' as const, 'not-interview' as const, 'lens' as const),
  }),
  'page:correct': fc.record(
    {
      type: req('page:correct'),
      url: fc.constantFrom('https://thenewstack.io/why-pytorch-won', 'http://example.com/news?id=2'),
      change: fc.oneof(
        fc.record({
          kind: fc.constant('rename' as const),
          from: fc.constantFrom('PyTorch Won', 'Antiga'),
          to: fc.constantFrom('Luca Antiga', 'Frederic Lardinois'),
        }),
        fc.record({
          kind: fc.constant('interviewer' as const),
          name: fc.constantFrom('Frederic Lardinois', 'Luca Antiga'),
        }),
        fc.record({ kind: fc.constant('speaker' as const), name: fc.constantFrom('Luca Antiga', 'Soumith Chintala') }),
        fc.record({ kind: fc.constant('reset' as const) }),
      ),
    },
    { requiredKeys: ['type', 'change'] },
  ),
  'highlight:states': fc.record({
    type: req('highlight:states'),
    page: pageFacts,
    states: fc.array(fc.record({ id: highlightId, state: fc.constantFrom(...ANCHOR_STATES) }), { maxLength: 5 }),
  }),
  'catalog:add': fc.record({ type: req('catalog:add'), entry: catalogEntryArb }),
  'catalog:remove': fc.record({ type: req('catalog:remove'), name: fc.oneof(fc.constant('Quillmark'), nonBlank(80)) }),
  'catalog:list': fc.record({ type: req('catalog:list') }),
  'lens:settings': fc.record({ type: req('lens:settings') }),
  'highlight:restore': fc.record({ type: req('highlight:restore'), highlight: highlightRecord }),
  'settings:update': fc.record({ type: req('settings:update'), patch: settingsPatch }),
  'backup:import': fc.record({ type: req('backup:import'), text: backupFile.map((backup) => JSON.stringify(backup)) }),
  'data:delete-all': fc.record({ type: req('data:delete-all'), confirm: fc.constant('delete everything' as const) }),
  // A closed port on this machine: a test never reaches a real server.
  'sync:on': fc.record(
    {
      type: req('sync:on'),
      setup: fc.record(
        {
          server: fc.constantFrom('http://localhost:1', 'http://127.0.0.1:1/couch'),
          database: fc.constantFrom('highlights', 'my-lens_2'),
          username: fc.constantFrom('reader', ''),
          password: fc.constantFrom('secret', ''),
          passphrase: fc.constantFrom('correct horse battery', 'a passphrase of mine'),
        },
        { requiredKeys: ['server', 'database', 'passphrase'] },
      ),
    },
    { requiredKeys: ['type', 'setup'] },
  ),
  'sync:off': fc.record({ type: req('sync:off') }),
  'sync:now': fc.record({ type: req('sync:now') }),
  'sync:status': fc.record({ type: req('sync:status') }),
};

// ---------------------------------------------------------------------------------------------
// Mutations. Each changes one place of a valid value; paths are written with `*` for list items
// (`states.*.id`).

type Path = ReadonlyArray<string | number>;
const patternOf = (path: Path) => path.map((key) => (typeof key === 'number' ? '*' : key)).join('.');
const isObject = (value: Json): value is { [key: string]: Json } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function nodesOf(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const children = Array.isArray(value)
    ? value.map((item, i) => nodesOf(item, [...path, i]))
    : isObject(value)
      ? Object.entries(value).map(([key, item]) => nodesOf(item as Json, [...path, key]))
      : [];
  return [{ path, value }, ...children.flat()];
}

/** Sets a key as the object's own property, even `__proto__`, the way JSON.parse does. */
function withOwn(object: { [key: string]: Json }, key: string, value: Json): { [key: string]: Json } {
  const copy = { ...object };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A copy of `root` with the value at `path` replaced (or removed, when `change` gives undefined). */
function changedAt(root: Json, path: Path, change: (current: Json) => Json | undefined): Json {
  if (path.length === 0) return change(root) ?? null;
  const [key, ...rest] = path;
  if (Array.isArray(root)) return root.map((item, i) => (i === key ? changedAt(item, rest, change) : item));
  const object = root as { [key: string]: Json };
  const next = rest.length === 0 ? change(object[key!]!) : changedAt(object[key!]!, rest, change);
  if (next === undefined) return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
  return withOwn(object, String(key), next);
}

const nested = (depth: number, leaf: Json, wrap: (inner: Json) => Json): Json => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};
const deepObject = fc.integer({ min: 200, max: 3000 }).map((depth) => nested(depth, 1, (inner) => ({ a: inner })));
const deepArray = fc.integer({ min: 200, max: 3000 }).map((depth) => nested(depth, 1, (inner) => [inner]));

const KINDS = ['null', 'boolean', 'number', 'string', 'array', 'object'] as const;
const kindOf = (value: Json) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as (typeof KINDS)[number]);
const valueOfKind: Record<(typeof KINDS)[number], fc.Arbitrary<Json>> = {
  null: fc.constant(null),
  boolean: fc.boolean(),
  number: fc.oneof(fc.integer(), fc.double()),
  string: fc.string({ maxLength: 20 }),
  array: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }), deepArray),
  object: fc.oneof(
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
    deepObject,
  ),
};
/** A value of another JSON kind than `value`: wrong for every field of the protocol. */
const wrongKind = (value: Json) =>
  fc.oneof(...KINDS.filter((kind) => kind !== kindOf(value)).map((kind) => valueOfKind[kind]));

/** Keys no schema knows: prototype names, addresses a page might try to smuggle in, and random ones. */
const extraKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'url',
    'pageUrl',
    'tabId',
    'sender',
  ),
  fc.string({ maxLength: 24 }).map((s) => `x-${s}`),
);
/** `polluted` is what the tests look for on Object.prototype afterwards. */
const extraValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant({ polluted: true }), deepObject);

export interface Mutated {
  /** Which change was made where, for fast-check's counterexample. */
  how: string;
  value: Json;
}

interface MutationRules {
  /** Whether a key at this pattern may be removed as a mutation. */
  dropKey: (pattern: string) => boolean;
  /** Whether an unknown key may be added to the object at this pattern. */
  addKey: (pattern: string) => boolean;
  /** Field-specific wrong values at this pattern, if any. */
  bad: (pattern: string, current: Json) => fc.Arbitrary<Json> | undefined;
}

/** `valid` changed in exactly one place, as `rules` allow: wrong kind, missing key, unknown key or bad value. */
function mutated(valid: Json, rules: MutationRules): fc.Arbitrary<Mutated> {
  const nodes = nodesOf(valid).map((node) => ({ ...node, pattern: patternOf(node.path) }));
  const at = (path: Path, how: string) => (value: Json | undefined) => ({
    how: `${how} at ${patternOf(path) || '(top)'}`,
    value: changedAt(valid, path, () => value),
  });
  const categories = [
    nodes.filter((node) => node.path.length > 0).map((node) => wrongKind(node.value).map(at(node.path, 'wrong kind'))),
    nodes
      .filter((node) => node.path.length > 0 && rules.dropKey(node.pattern))
      .map((node) => fc.constant(at(node.path, 'missing')(undefined))),
    nodes
      .filter((node) => isObject(node.value) && rules.addKey(node.pattern))
      .map((node) =>
        fc.tuple(extraKey, extraValue).map(([key, value]) => ({
          how: `unknown key ${JSON.stringify(key)} at ${node.pattern || '(top)'}`,
          value: changedAt(valid, node.path, (current) => withOwn(current as { [key: string]: Json }, key, value)),
        })),
      ),
    nodes.flatMap((node) => rules.bad(node.pattern, node.value)?.map(at(node.path, 'bad value')) ?? []),
  ].filter((options) => options.length > 0);
  return fc.oneof(...categories.map((options) => fc.oneof(...options)));
}

// ---------------------------------------------------------------------------------------------
// What makes each request invalid: its required keys and its fields' wrong values.

const over = (max: number) => fc.integer({ min: max + 1, max: max + 3 }).map((n) => 'x'.repeat(n));
const tooMany = (max: number, item: Json) => fc.constant(Array.from({ length: max + 1 }, () => item));
const blank = fc.string({
  unit: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff'),
  minLength: 1,
  maxLength: 6,
});
const notOneOf = (allowed: readonly string[], samples: string[]) =>
  fc.oneof(
    fc.constantFrom(...samples),
    fc.string({ maxLength: 20 }).filter((s) => !allowed.includes(s)),
  );
const wrongLiteral = (literal: string) => notOneOf([literal], [literal.toLowerCase(), `${literal} `, '']);

const badColour = notOneOf(COLOURS, ['red', 'Yellow', ' yellow', 'javascript:alert(1)', '']);
/** Record ids are any text of 1 to 100 characters (a backup may bring ids that are not UUIDs). */
const badId = fc.oneof(fc.constant(''), over(100));
const nonInteger = fc.double({ min: 0.001, max: 1e9, noNaN: true }).filter((n) => !Number.isInteger(n));
const badTimestamp = fc.oneof(fc.integer({ max: -1 }), nonInteger, fc.constant(2 ** 53));
const badPosition = fc
  .oneof(
    fc.record({ start: fc.integer({ max: -1 }), end: fc.nat() }),
    fc.nat().chain((end) => fc.integer({ min: end, max: end + 1000 }).map((start) => ({ start, end }))),
    fc.record({ start: nonInteger, end: fc.constant(2_000_000_000) }),
    fc.record({ start: fc.constant(0), end: fc.oneof(nonInteger, fc.constant(2 ** 53)) }),
  )
  .map((p) => ({ type: 'TextPositionSelector', ...p }));
const badTag = fc.oneof(
  fc.constantFrom('a,b', 'line\nbreak', 'cr\rlf'),
  blank,
  over(MAX_TAG),
  over(MAX_TAG).map((s) => ` ${s} `),
);
const badFragment = fc.oneof(
  fc.constantFrom('text=quote', ':~:TEXT=quote', '#:~:text=quote', ' :~:text=quote'),
  over(8192 - 8).map((s) => `:~:text=${s}`),
);
const badHttps = fc.oneof(
  fc.constantFrom(
    'http://quillmark.example/',
    'javascript:alert(1)',
    'not a url',
    'ftp://quillmark.example/',
    'https://',
  ),
  over(500).map((s) => `https://quillmark.example/${s}`),
);
const badText = (max: number) => fc.oneof(fc.constant(''), blank, over(max));

const block = { text: 'Q: Why PyTorch?', marked: true, asking: true };
const pageBads = {
  'page.title': over(1000),
  'page.canonical': over(4096),
  'page.site': over(300),
  'page.author': over(300),
  'page.published': over(100),
};
const selectorBads = (at: string) => ({
  [`${at}quote.type`]: wrongLiteral('TextQuoteSelector'),
  [`${at}quote.exact`]: fc.oneof(fc.constant(''), blank, over(MAX_QUOTE)),
  [`${at}quote.prefix`]: over(MAX_CONTEXT),
  [`${at}quote.suffix`]: over(MAX_CONTEXT),
  [`${at}position`]: badPosition,
  [`${at}position.type`]: wrongLiteral('TextPositionSelector'),
  [`${at}colour`]: badColour,
  [`${at}fragment`]: badFragment,
  [`${at}speaker.name`]: over(200),
  [`${at}speaker.roles`]: tooMany(10, 'host'),
  [`${at}speaker.roles.*`]: over(400),
  [`${at}projects`]: tooMany(50, 'vLLM'),
  [`${at}projects.*`]: over(100),
});
const patchBads = (at: string) => ({
  [`${at}colour`]: badColour,
  [`${at}note`]: over(MAX_NOTE),
  [`${at}tags`]: tooMany(MAX_TAGS, 'serving'),
  [`${at}tags.*`]: badTag,
  [`${at}speaker.name`]: over(200),
  [`${at}speaker.roles.*`]: over(400),
});
const selectorKeys = (at: string) => [
  `${at}quote`,
  `${at}position`,
  `${at}colour`,
  ...['type', 'exact', 'prefix', 'suffix'].map((k) => `${at}quote.${k}`),
  ...['type', 'start', 'end'].map((k) => `${at}position.${k}`),
  `${at}speaker.name`,
  `${at}speaker.roles`,
];

const REQUIRED: Record<RequestType, string[]> = {
  'page:hello': ['type', 'page', 'page.title', 'signals', 'signals.heading', 'signals.data', 'signals.blocks'],
  'lens:request': ['type'],
  'page:highlights': ['type', 'page', 'page.title'],
  'highlight:create': ['type', 'page', 'page.title', ...selectorKeys('')],
  'highlight:update': ['type', 'id', 'patch'],
  'highlight:delete': ['type', 'id'],
  'highlight:get': ['type', 'id'],
  'card:close': ['type'],
  'page:verdict': ['type', 'url', 'verdict'],
  'page:correct': ['type', 'change', 'change.kind'],
  'highlight:states': ['type', 'page', 'page.title', 'states', 'states.*.id', 'states.*.state'],
  'catalog:add': ['type', 'entry', 'entry.name', 'entry.aliases', 'entry.kind', 'entry.description'],
  'catalog:remove': ['type', 'name'],
  'catalog:list': ['type'],
  'lens:settings': ['type'],
  'highlight:restore': [
    'type',
    'highlight',
    ...['id', 'articleId', 'note', 'tags', 'createdAt', 'updatedAt'].map((k) => `highlight.${k}`),
    ...selectorKeys('highlight.'),
  ],
  'settings:update': ['type', 'patch', 'patch.exportOptions.blockIds', 'patch.exportOptions.groupBySpeaker'],
  'backup:import': ['type', 'text'],
  'data:delete-all': ['type', 'confirm'],
  'sync:on': ['type', 'setup', 'setup.server', 'setup.database', 'setup.passphrase'],
  'sync:off': ['type'],
  'sync:now': ['type'],
  'sync:status': ['type'],
};

type Bad = fc.Arbitrary<Json> | ((current: Json) => fc.Arbitrary<Json>);

const BAD: Record<RequestType, Record<string, Bad>> = {
  'page:hello': {
    ...pageBads,
    'signals.heading': over(SIGNAL_LIMITS.heading),
    'signals.data': over(SIGNAL_LIMITS.data),
    'signals.blocks': fc.constant(Array.from({ length: SIGNAL_LIMITS.blocks + 1 }, () => block)),
  },
  'lens:request': {},
  'page:highlights': pageBads,
  'highlight:create': { ...pageBads, ...selectorBads('') },
  'highlight:update': { id: badId, ...patchBads('patch.'), patch: fc.constant({}) },
  'highlight:delete': { id: badId },
  'highlight:get': { id: badId },
  'card:close': {},
  'page:verdict': {
    url: fc.constantFrom(
      '',
      'not an address',
      'javascript:alert(1)',
      'file:///etc/passwd',
      `https://a.com/${'x'.repeat(4100)}`,
    ),
    verdict: fc.constantFrom('yes', 'Interview', '', 'null'),
  },
  'page:correct': {
    url: fc.constantFrom('', 'not an address', 'javascript:alert(1)', `https://a.com/${'x'.repeat(4100)}`),
    'change.kind': notOneOf(['rename', 'interviewer', 'speaker', 'reset'], ['merge', 'Rename', '']),
  },
  'highlight:states': {
    ...pageBads,
    states: tooMany(10_000, { id: SEED_HIGHLIGHT_IDS[0], state: 'orphaned' }),
    'states.*.id': badId,
    'states.*.state': notOneOf(ANCHOR_STATES, ['lost', 'ANCHORED', 'anchored ', '']),
  },
  'catalog:add': {
    // An ambiguous name without context words would match every ordinary use of the word.
    entry: (current) => fc.constant({ ...(current as object), ambiguous: true, context: [] }),
    'entry.name': badText(80),
    'entry.aliases': tooMany(20, 'Alias'),
    'entry.aliases.*': badText(80),
    'entry.kind': notOneOf(CATALOG_KINDS, ['weapon', 'Other', '']),
    'entry.description': fc.oneof(fc.constantFrom('too short', `${' '.repeat(12)}x`), over(200)),
    'entry.homepage': badHttps,
    'entry.repository': badHttps,
    'entry.context': tooMany(30, 'orm'),
    'entry.context.*': fc.oneof(fc.constantFrom('x', ' x '), over(40)),
  },
  'catalog:remove': { name: fc.oneof(fc.constant(''), over(80)) },
  'catalog:list': {},
  'lens:settings': {},
  'highlight:restore': {
    ...selectorBads('highlight.'),
    ...patchBads('highlight.'),
    'highlight.id': fc.oneof(fc.constant(''), over(100)),
    'highlight.articleId': fc.oneof(fc.constant(''), over(100)),
    'highlight.createdAt': badTimestamp,
    'highlight.updatedAt': badTimestamp,
    'highlight.anchorCheckedAt': badTimestamp,
    'highlight.anchorState': notOneOf(ANCHOR_STATES, ['lost', '']),
  },
  'settings:update': {
    'patch.defaultColour': badColour,
    // Keys of the colour labels are colours; `__proto__` is left out here (see the prototype test).
    'patch.colourLabels': fc.constantFrom({ red: 'warm' }, { Yellow: 'x' }, { '': 'x' }),
    ...Object.fromEntries(COLOURS.map((c) => [`patch.colourLabels.${c}`, badText(MAX_COLOUR_LABEL)])),
    'patch.disabledSites': tooMany(MAX_DISABLED_SITES, 'example.com'),
    'patch.underlines': fc.constantFrom('some', 'ALL', '', 1),
    'patch.disabledSites.*': fc.constantFrom(
      '',
      '   ',
      'not a host!',
      'https://example.com/',
      'exa mple.com',
      `${'a'.repeat(250)}.com`,
    ),
  },
  // A text over the size limit costs a second to send; fuzz.test.ts sends one once.
  'backup:import': {},
  'data:delete-all': {
    confirm: notOneOf(['delete everything'], ['Delete everything', 'delete everything ', 'yes', '']),
  },
  'sync:on': {
    'setup.server': over(2000),
    'setup.database': fc.constantFrom('', 'Highlights', '_users', 'my highlights', '9lives'),
    'setup.username': over(200),
    'setup.password': over(1000),
    'setup.passphrase': fc.oneof(fc.constantFrom('', 'too short'), over(1000)),
  },
  'sync:off': {},
  'sync:now': {},
  'sync:status': {},
};

const badType = (type: RequestType) => notOneOf(REQUEST_TYPES, [type.toUpperCase(), `${type} `, 'db:drop', '']);

/** A request of `type` that is wrong in exactly one way. */
export function malformedRequest(type: RequestType): fc.Arbitrary<Mutated> {
  const bads: Record<string, Bad> = { type: badType(type), ...BAD[type] };
  const rules: MutationRules = {
    dropKey: (pattern) => REQUIRED[type].includes(pattern),
    // Every object of the protocol is strict except the colour labels, a record keyed by colour.
    addKey: (pattern) => !pattern.endsWith('colourLabels'),
    bad: (pattern, current) => {
      const bad = bads[pattern];
      return typeof bad === 'function' ? bad(current) : bad;
    },
  };
  return validRequest[type].chain((valid) => mutated(valid as Json, rules));
}

/** Anything that is not a JSON object: no request at all. */
export const notAnObject: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.string(),
  fc.constantFrom(...REQUEST_TYPES),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  deepArray,
);

/** A backup changed in one place, anywhere: the result may still be a valid backup. */
export const mutatedBackup: fc.Arbitrary<Mutated> = backupFile.chain((backup) =>
  mutated(backup as unknown as Json, {
    dropKey: () => true,
    addKey: () => true,
    bad: (_pattern, current) =>
      typeof current === 'string'
        ? fc.oneof(fc.string({ maxLength: 30 }), fc.uuid(), fc.constantFrom(...BACKUP_URLS))
        : undefined,
  }),
);
