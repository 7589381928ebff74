import { findArticle, rememberAddress, upsertArticle } from '../db/articles';
import type { LensDatabase } from '../db/database';
import {
  addHighlight,
  deleteHighlight,
  listHighlights,
  recordAnchorStates,
  renameSpeaker,
  updateHighlight,
} from '../db/highlights';
import { NO_SPEAKER_CORRECTIONS } from '../interview/corrections';
import { readsAsInterview } from '../interview/detect';
import type { PageFacts, RequestType } from '../messages/protocol';
import { normalizePageUrl } from '../url/normalize';
import { correctSpeakers, readSpeakerCorrections, readVerdict, writeVerdict } from '../db/page-corrections';
import { readSettings } from '../settings/store';
import { DATA_REQUESTS } from './data-handlers';
import { SYNC_REQUESTS } from './sync-handlers';
import {
  fail,
  type HandlerContext,
  type HandlerDeps,
  type OwnReply,
  type RequestOf,
  type RequestTable,
} from './request-table';
import type { SenderKind } from './sender';

/** The page's addresses: the browser's tab URL, with the page's canonical only if on the same site. */
function addressesOf(pageUrl: string, page: PageFacts) {
  return normalizePageUrl(pageUrl, page.canonical);
}

/** Where the reader's corrections of a page are kept: its own address, never one the page claims. */
const verdictKey = (pageUrl: string) => normalizePageUrl(pageUrl)?.visited;

async function articleFor(db: LensDatabase, pageUrl: string, page: PageFacts) {
  const addresses = addressesOf(pageUrl, page);
  return addresses ? findArticle(db, [addresses.url, addresses.visited]) : undefined;
}

async function notify(deps: HandlerDeps, articleId: string | undefined) {
  const article = articleId ? await deps.db.articles.get(articleId) : undefined;
  if (article) deps.notifyChanged(article);
}

type PageSender = Extract<SenderKind, { kind: 'content' }>;

/** A handler for what only a page sends: it gets the page's tab and address. */
const forPage =
  <K extends RequestType>(
    handle: (request: RequestOf<K>, page: PageSender, deps: HandlerDeps) => Promise<OwnReply<K>>,
  ) =>
  async (request: RequestOf<K>, { from, deps }: HandlerContext): Promise<OwnReply<K>> =>
    // The table accepts these from pages only; this keeps a wrong entry from reaching a handler without one.
    from.kind === 'content' ? handle(request, from, deps) : fail(`${request.type} needs a page`);

/** Every request the background answers: who may send it, what it does while paused, and its handler. */
export const REQUESTS: RequestTable = {
  'page:hello': {
    from: ['content'],
    // Switched off: the page gets nothing, and nothing new is saved from it.
    whilePaused: () => ({ ok: true, highlights: 0 }),
    handle: forPage(async (request, { pageUrl, tabId }, { db, injectLens }) => {
      const addresses = addressesOf(pageUrl, request.page);
      const article = addresses && (await findArticle(db, [addresses.url, addresses.visited]));
      // The reader's verdict on the page outranks the detector's, which is read here, off the page's thread.
      const verdict = addresses ? await readVerdict(db, addresses.visited) : null;
      const interview = verdict ?? readsAsInterview(request.signals);
      if (interview) await injectLens(tabId); // tooltips and attribution
      if (!addresses || !article) return { ok: true, highlights: 0 };
      await rememberAddress(db, article, addresses.visited);
      const highlights = await db.highlights.where('articleId').equals(article.id).count();
      if (highlights > 0 && !interview) await injectLens(tabId);
      return { ok: true, highlights };
    }),
  },
  'lens:request': {
    from: ['content'],
    whilePaused: () => ({ ok: true, injected: false }),
    handle: forPage(async (_request, { tabId }, { injectLens }) => {
      await injectLens(tabId);
      return { ok: true, injected: true };
    }),
  },
  'page:highlights': {
    from: ['content'],
    whilePaused: () => ({ ok: true, highlights: [] }), // open tabs drop their paint
    handle: forPage(async (request, { pageUrl }, { db }) => {
      const article = await articleFor(db, pageUrl, request.page);
      return { ok: true, highlights: article ? await listHighlights(db, article.id) : [] };
    }),
  },
  'highlight:create': {
    from: ['content'],
    whilePaused: (why) => fail(why),
    handle: forPage(async (request, { pageUrl }, { db, now, notifyChanged }) => {
      const addresses = addressesOf(pageUrl, request.page);
      if (!addresses) return fail('Only web pages (http and https) can be highlighted.');
      const { page } = request;
      const site = page.site?.trim() || new URL(addresses.url).hostname.replace(/^www\./, '');
      const { article, highlight } = await db.transaction('rw', db.articles, db.highlights, async () => {
        const article = await upsertArticle(
          db,
          {
            ...addresses,
            title: page.title.trim() || addresses.url,
            site,
            author: page.author?.trim() || undefined,
            published: page.published,
            ...(request.articleProjects ? { projects: request.articleProjects } : {}),
          },
          now(),
        );
        const { quote, position, colour, fragment, speaker, projects } = request;
        return {
          article,
          highlight: await addHighlight(
            db,
            { articleId: article.id, quote, position, colour, fragment, speaker, projects },
            now(),
          ),
        };
      });
      notifyChanged(article);
      return { ok: true, highlight };
    }),
  },
  'highlight:update': {
    from: ['content', 'extension-page'],
    whilePaused: 'works',
    async handle(request, { deps }) {
      const highlight = await updateHighlight(deps.db, request.id, request.patch, deps.now());
      if (!highlight) return fail('That highlight no longer exists.');
      await notify(deps, highlight.articleId);
      return { ok: true, highlight };
    },
  },
  'highlight:delete': {
    from: ['content', 'extension-page'],
    whilePaused: 'works',
    async handle(request, { deps }) {
      const existing = await deps.db.highlights.get(request.id);
      const deleted = await deleteHighlight(deps.db, request.id);
      await notify(deps, existing?.articleId);
      return { ok: true, deleted };
    },
  },
  'highlight:get': {
    from: ['extension-page'],
    whilePaused: 'works',
    handle: async (request, { deps }) => ({ ok: true, found: (await deps.db.highlights.get(request.id)) ?? null }),
  },
  'card:close': {
    from: ['extension-page'],
    whilePaused: 'works',
    async handle(_request, { from, deps }) {
      // Only a frame inside a tab has a card to close; the popup or options page has none.
      const tabId = from.kind === 'extension-page' ? from.tabId : undefined;
      if (tabId !== undefined) deps.tellTab(tabId, { type: 'lens:close-card' });
      return { ok: true, closed: tabId !== undefined };
    },
  },
  'page:verdict': {
    from: ['extension-page'],
    whilePaused: 'works',
    async handle(request, { deps }) {
      const key = verdictKey(request.url);
      if (!key) return fail('Only web pages (http and https) can be marked.');
      await writeVerdict(deps.db, key, request.verdict === 'lens' ? null : request.verdict === 'interview', deps.now());
      return { ok: true, saved: true };
    },
  },
  'page:correct': {
    from: ['content', 'extension-page'],
    whilePaused: 'works',
    async handle(request, { from, deps }) {
      const { db, now } = deps;
      // The lens corrects only its own page, and only adds a speaker there; the popup names the page it shows.
      if (from.kind === 'content' && request.change.kind !== 'speaker') return fail('A page can only add a speaker.');
      const key = verdictKey(from.kind === 'content' ? from.pageUrl : (request.url ?? ''));
      if (!key) return fail('Only web pages (http and https) can be corrected.');
      const { change } = request;
      const corrections = await correctSpeakers(db, key, change, now());
      // Highlights already saved under the old name take the new one, so the popup and exports agree.
      const article = change.kind === 'rename' ? await findArticle(db, [key]) : undefined;
      const renamed =
        article && change.kind === 'rename' ? await renameSpeaker(db, article.id, change.from, change.to, now()) : 0;
      if (renamed) await notify(deps, article?.id);
      return { ok: true, corrections, renamed };
    },
  },
  'highlight:states': {
    from: ['content'],
    // Anchoring reports keep coming from a paused page's lens, as they always have.
    whilePaused: 'works',
    handle: forPage(async (request, { pageUrl }, { db, now }) => {
      // A page may only report on its own highlights: the article comes from the tab's address.
      const article = await articleFor(db, pageUrl, request.page);
      const updated = article ? await recordAnchorStates(db, article.id, request.states, now()) : 0;
      return { ok: true, updated };
    }),
  },
  'catalog:add': {
    from: ['extension-page'],
    whilePaused: 'works',
    async handle(request, { deps }) {
      const name = request.entry.name.toLowerCase();
      if (deps.bundledNames.has(name)) return fail(`“${request.entry.name}” is already in the built-in catalog.`);
      const entry = { ...request.entry, userAdded: true };
      await deps.db.catalog.put(entry);
      return { ok: true, entry };
    },
  },
  'catalog:remove': {
    from: ['extension-page'],
    whilePaused: 'works',
    async handle(request, { deps }) {
      const existed = (await deps.db.catalog.get(request.name)) !== undefined;
      await deps.db.catalog.delete(request.name);
      return { ok: true, removed: existed };
    },
  },
  'catalog:list': {
    from: ['content', 'extension-page'],
    whilePaused: 'works',
    handle: async (_request, { deps }) => ({ ok: true, entries: await deps.db.catalog.toArray() }),
  },
  'lens:settings': {
    from: ['content'],
    whilePaused: 'works',
    async handle(_request, { from, deps }) {
      const { defaultColour, colourLabels, underlines } = await readSettings(deps.db);
      const key = from.kind === 'content' ? verdictKey(from.pageUrl) : undefined;
      return {
        ok: true,
        defaultColour,
        colourLabels,
        underlines,
        verdict: key ? await readVerdict(deps.db, key) : null,
        people: key ? await readSpeakerCorrections(deps.db, key) : NO_SPEAKER_CORRECTIONS,
      };
    },
  },
  ...DATA_REQUESTS,
  ...SYNC_REQUESTS,
};
