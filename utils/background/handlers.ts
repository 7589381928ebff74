import { findArticle, rememberAddress, upsertArticle } from '../db/articles';
import type { LensDatabase } from '../db/database';
import type { ArticleRecord } from '../db/records';
import { addHighlight, deleteHighlight, listHighlights, recordAnchorStates, renameSpeaker, updateHighlight } from '../db/highlights';
import { NO_SPEAKER_CORRECTIONS } from '../interview/corrections';
import type { LensCommand, PageFacts, Reply, Request } from '../messages/protocol';
import { normalizePageUrl } from '../url/normalize';
import { correctSpeakers, readSpeakerCorrections, readVerdict, writeVerdict } from '../db/page-corrections';
import { readSettings } from '../settings/store';
import { isSiteDisabled } from '../settings/sites';
import { fail, handleDataRequest, isDataRequest } from './data-handlers';
import type { SenderKind } from './sender';

export interface HandlerDeps {
  db: LensDatabase;
  now: () => number;
  /** Loads the lens into a tab (scripting API in the real background). */
  injectLens: (tabId: number) => Promise<void>;
  /** Lower-cased names and aliases of the bundled catalog (the reader's entries may not reuse them). */
  bundledNames: ReadonlySet<string>;
  /** Tells the tabs showing an article that its highlights changed. */
  notifyChanged: (article: ArticleRecord) => void;
  /** Asks every open lens to read its highlights again (after an import or a wipe). */
  refreshAll: () => void;
  /** Sends a command to the lens in one tab. */
  tellTab: (tabId: number, command: LensCommand) => void;
}

export interface Handlers {
  handle(request: Request, from: Exclude<SenderKind, { kind: 'rejected' }>): Promise<Reply>;
}


/** The page's addresses: the browser's tab URL, with the page's canonical only if on the same site. */
function addressesOf(pageUrl: string, page: PageFacts) {
  return normalizePageUrl(pageUrl, page.canonical);
}

/** Where the reader's corrections of a page are kept: its own address, never one the page claims. */
const verdictKey = (pageUrl: string) => normalizePageUrl(pageUrl)?.visited;

export function createHandlers(deps: HandlerDeps): Handlers {
  const { db, now } = deps;

  async function articleFor(pageUrl: string, page: PageFacts) {
    const addresses = addressesOf(pageUrl, page);
    return addresses ? findArticle(db, [addresses.url, addresses.visited]) : undefined;
  }

  /** Why the lens is off on this page (paused, or the reader switched its site off), if it is. */
  async function switchedOff(pageUrl: string): Promise<string | null> {
    const settings = await readSettings(db);
    if (settings.paused) return 'Interview Lens is paused. Resume it in its options.';
    const host = URL.canParse(pageUrl) ? new URL(pageUrl).hostname : '';
    return isSiteDisabled(settings, host) ? `Interview Lens is off on ${host}. Switch it back on in its options.` : null;
  }

  /** Whether the tab's address is one the article was seen at. */
  async function shows(pageUrl: string, articleId: string): Promise<boolean> {
    const visited = normalizePageUrl(pageUrl)?.visited;
    const article = await db.articles.get(articleId);
    return visited !== undefined && article !== undefined && article.urls.includes(visited);
  }

  async function notify(articleId: string | undefined) {
    const article = articleId ? await db.articles.get(articleId) : undefined;
    if (article) deps.notifyChanged(article);
  }

  return {
    async handle(request, from) {
      // A page's Undo may only bring back a highlight of the article that page shows.
      if (request.type === 'highlight:restore' && from.kind === 'content' && !(await shows(from.pageUrl, request.highlight.articleId))) {
        return fail('That highlight belongs to another page.');
      }
      if (isDataRequest(request)) return handleDataRequest(request, deps);
      if (request.type === 'highlight:delete') {
        const existing = await db.highlights.get(request.id);
        const deleted = await deleteHighlight(db, request.id);
        await notify(existing?.articleId);
        return { ok: true, deleted };
      }
      if (request.type === 'card:close') {
        // Only a frame inside a tab has a card to close; the popup or options page has none.
        const tabId = from.kind === 'extension-page' ? from.tabId : undefined;
        if (tabId !== undefined) deps.tellTab(tabId, { type: 'lens:close-card' });
        return { ok: true, closed: tabId !== undefined };
      }
      if (request.type === 'highlight:get') return { ok: true, found: (await db.highlights.get(request.id)) ?? null };
      if (request.type === 'catalog:list') return { ok: true, entries: await db.catalog.toArray() };
      if (request.type === 'lens:settings') {
        const { defaultColour, colourLabels, underlines } = await readSettings(db);
        const key = from.kind === 'content' ? verdictKey(from.pageUrl) : undefined;
        return {
          ok: true,
          defaultColour,
          colourLabels,
          underlines,
          verdict: key ? await readVerdict(db, key) : null,
          people: key ? await readSpeakerCorrections(db, key) : NO_SPEAKER_CORRECTIONS,
        };
      }
      if (request.type === 'page:correct') {
        // The lens corrects only its own page, and only adds a speaker there; the popup names the page it shows.
        if (from.kind === 'content' && request.change.kind !== 'speaker') return fail('A page can only add a speaker.');
        const key = verdictKey(from.kind === 'content' ? from.pageUrl : (request.url ?? ''));
        if (!key) return fail('Only web pages (http and https) can be corrected.');
        const { change } = request;
        const corrections = await correctSpeakers(db, key, change, now());
        // Highlights already saved under the old name take the new one, so the popup and exports agree.
        const article = change.kind === 'rename' ? await findArticle(db, [key]) : undefined;
        const renamed = article && change.kind === 'rename' ? await renameSpeaker(db, article.id, change.from, change.to, now()) : 0;
        if (renamed) await notify(article?.id);
        return { ok: true, corrections, renamed };
      }
      if (request.type === 'page:verdict') {
        const key = verdictKey(request.url);
        if (!key) return fail('Only web pages (http and https) can be marked.');
        await writeVerdict(db, key, request.verdict === 'lens' ? null : request.verdict === 'interview', now());
        return { ok: true, saved: true };
      }
      if (request.type === 'catalog:add') {
        const name = request.entry.name.toLowerCase();
        if (deps.bundledNames.has(name)) return fail(`“${request.entry.name}” is already in the built-in catalog.`);
        const entry = { ...request.entry, userAdded: true };
        await db.catalog.put(entry);
        return { ok: true, entry };
      }
      if (request.type === 'catalog:remove') {
        const existed = (await db.catalog.get(request.name)) !== undefined;
        await db.catalog.delete(request.name);
        return { ok: true, removed: existed };
      }
      if (request.type === 'highlight:update') {
        const highlight = await updateHighlight(db, request.id, request.patch, now());
        if (!highlight) return fail('That highlight no longer exists.');
        await notify(highlight.articleId);
        return { ok: true, highlight };
      }
      if (from.kind !== 'content') return fail(`${request.type} needs a page`);
      const { pageUrl, tabId } = from;
      const off = await switchedOff(pageUrl);
      if (off) {
        // Switched off: the page gets nothing, and nothing new is saved from it.
        if (request.type === 'page:hello') return { ok: true, highlights: 0 };
        if (request.type === 'lens:request') return { ok: true, injected: false };
        if (request.type === 'page:highlights') return { ok: true, highlights: [] }; // open tabs drop their paint
        if (request.type === 'highlight:create') return fail(off);
      }
      switch (request.type) {
        case 'page:hello': {
          const addresses = addressesOf(pageUrl, request.page);
          const article = addresses && (await findArticle(db, [addresses.url, addresses.visited]));
          // The reader's verdict on the page outranks the detector's.
          const interview = (addresses ? await readVerdict(db, addresses.visited) : null) ?? request.interview;
          if (interview) await deps.injectLens(tabId); // tooltips and attribution
          if (!addresses || !article) return { ok: true, highlights: 0 };
          await rememberAddress(db, article, addresses.visited);
          const highlights = await db.highlights.where('articleId').equals(article.id).count();
          if (highlights > 0 && !interview) await deps.injectLens(tabId);
          return { ok: true, highlights };
        }
        case 'lens:request':
          await deps.injectLens(tabId);
          return { ok: true, injected: true };
        case 'page:highlights': {
          const article = await articleFor(pageUrl, request.page);
          return { ok: true, highlights: article ? await listHighlights(db, article.id) : [] };
        }
        case 'highlight:create': {
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
            return { article, highlight: await addHighlight(db, { articleId: article.id, quote, position, colour, fragment, speaker, projects }, now()) };
          });
          deps.notifyChanged(article);
          return { ok: true, highlight };
        }
        case 'highlight:states': {
          // A page may only report on its own highlights: the article comes from the tab's address.
          const article = await articleFor(pageUrl, request.page);
          const updated = article ? await recordAnchorStates(db, article.id, request.states, now()) : 0;
          return { ok: true, updated };
        }
      }
    },
  };
}
