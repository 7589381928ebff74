import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { LensDatabase } from '@/utils/db/database';
import { routeMessage, type RouterContext } from '@/utils/background/router';
import { listHighlights } from '@/utils/db/highlights';
import type { SenderInfo } from '@/utils/background/sender';
import { gatherSignals } from '@/utils/interview/signals';
import { fixturePages, loadPage } from '../interview/fixtures';
import { testSync } from '../sync/devices';

const EXTENSION_ID = 'lens-id';
const ORIGIN = 'chrome-extension://lens-id/';
const PAGE = 'https://thenewstack.io/why-pytorch-won/?utm_source=newsletter';

let db: LensDatabase;
let context: RouterContext;
let injectLens: Mock<(tabId: number) => Promise<void>>;
let notifyChanged: Mock<(article: { url: string }) => void>;
let refreshAll: Mock<() => void>;
let tellTab: Mock<(tabId: number, command: unknown) => void>;
let n = 0;

beforeEach(() => {
  db = new LensDatabase(`router-${++n}`);
  injectLens = vi.fn(async () => {});
  notifyChanged = vi.fn();
  refreshAll = vi.fn();
  tellTab = vi.fn();
  context = {
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    deps: {
      db,
      now: () => 1_700_000_000_000,
      injectLens,
      bundledNames: new Set(['pytorch']),
      notifyChanged,
      refreshAll,
      tellTab,
      sync: testSync(db),
    },
  };
});
afterEach(async () => {
  await db.delete();
});

/** What the detector gathers on an interview, and on a press release: the background decides from these. */
const signalsOf = (name: string) => gatherSignals(loadPage(fixturePages().find((page) => page.name === name)!));
const INTERVIEW_SIGNALS = signalsOf('interviews/tns-why-pytorch-won.html');
const NEWS_SIGNALS = signalsOf('not-interviews/press-release.html');

const fromTab = (url = PAGE): SenderInfo => ({ id: EXTENSION_ID, url, frameId: 0, tab: { id: 7, url } });
const fromPopup: SenderInfo = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };
const create = (page: Record<string, string> = { title: 'Why PyTorch Won' }) => ({
  type: 'highlight:create',
  page,
  quote: { type: 'TextQuoteSelector', exact: 'PyTorch was there', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 10, end: 38 },
  colour: 'yellow',
});
const rowCounts = async () => [await db.articles.count(), await db.highlights.count()];

describe('routeMessage', () => {
  it('saves a highlight under the tab’s cleaned address', async () => {
    const reply = await routeMessage(create(), fromTab(), context);
    expect(reply.ok).toBe(true);
    const [article] = await db.articles.toArray();
    expect(article).toMatchObject({
      url: 'https://thenewstack.io/why-pytorch-won',
      title: 'Why PyTorch Won',
      site: 'thenewstack.io',
    });
  });

  it('files the highlight under the page’s same-site canonical address', async () => {
    await routeMessage(
      create({ title: 'T', canonical: 'https://thenewstack.io/why-pytorch-won/' }),
      fromTab('https://thenewstack.io/?p=4242'),
      context,
    );
    expect((await db.articles.toArray())[0]?.url).toBe('https://thenewstack.io/why-pytorch-won');
  });

  it('never files a highlight under another site named by the page', async () => {
    await routeMessage(create({ title: 'T', canonical: 'https://bank.example/account' }), fromTab(), context);
    const urls = (await db.articles.toArray()).flatMap((article) => article.urls);
    expect(urls).toEqual(['https://thenewstack.io/why-pytorch-won']);
  });

  it('returns saved highlights to the page they belong to only', async () => {
    await routeMessage(create(), fromTab(), context);
    const own = await routeMessage({ type: 'page:highlights', page: { title: '' } }, fromTab(), context);
    const other = await routeMessage(
      { type: 'page:highlights', page: { title: '' } },
      fromTab('https://other.example/'),
      context,
    );
    expect(own).toMatchObject({ ok: true, highlights: [{ quote: { exact: 'PyTorch was there' } }] });
    expect(other).toEqual({ ok: true, highlights: [] });
  });

  it('answers for the address the lens states after in-page navigation, before the tab’s address catches up', async () => {
    await routeMessage(create(), fromTab(), context);
    const stale = fromTab('https://thenewstack.io/another-story');
    const stated = await routeMessage({ type: 'page:highlights', page: { title: '', address: PAGE } }, stale, context);
    expect(stated).toMatchObject({ ok: true, highlights: [{ quote: { exact: 'PyTorch was there' } }] });
  });

  it('ignores a stated address on another origin than the tab’s, or one that is no address', async () => {
    await routeMessage(create(), fromTab(), context);
    for (const tab of ['https://attacker.example/', 'http://thenewstack.io/why-pytorch-won']) {
      expect(
        await routeMessage({ type: 'page:highlights', page: { title: '', address: PAGE } }, fromTab(tab), context),
      ).toEqual({ ok: true, highlights: [] });
    }
    const unreadable = await routeMessage(
      { type: 'page:highlights', page: { title: '', address: 'not an address' } },
      fromTab(),
      context,
    );
    expect(unreadable).toMatchObject({ ok: true, highlights: [{ quote: { exact: 'PyTorch was there' } }] });
  });

  it('loads the lens when a page with highlights says hello, and not otherwise', async () => {
    await routeMessage({ type: 'page:hello', page: { title: '' }, signals: NEWS_SIGNALS }, fromTab(), context);
    expect(injectLens).not.toHaveBeenCalled();
    await routeMessage(create(), fromTab(), context);
    const reply = await routeMessage(
      { type: 'page:hello', page: { title: '' }, signals: NEWS_SIGNALS },
      fromTab(),
      context,
    );
    expect(reply).toEqual({ ok: true, highlights: 1 });
    expect(injectLens).toHaveBeenCalledWith(7);
  });

  it('decides from what the detector gathered: an interview’s signals load the lens, a press release’s do not', async () => {
    const hello = (signals: unknown) =>
      routeMessage({ type: 'page:hello', page: { title: '' }, signals }, fromTab(), context);
    expect(await hello(NEWS_SIGNALS)).toEqual({ ok: true, highlights: 0 });
    expect(injectLens).not.toHaveBeenCalled();
    expect(await hello(INTERVIEW_SIGNALS)).toEqual({ ok: true, highlights: 0 });
    expect(injectLens).toHaveBeenCalledWith(7);
    // Signals past the bounds the detector gathers within are refused, and load nothing.
    const oversized = { ...INTERVIEW_SIGNALS, blocks: Array.from({ length: 61 }, () => INTERVIEW_SIGNALS.blocks[0]) };
    expect(await hello(oversized)).toMatchObject({ ok: false });
    expect(injectLens).toHaveBeenCalledOnce();
  });

  it('follows the reader’s verdict on a page over the detector’s, for that page only, until given back', async () => {
    const hello = (interview: boolean, url = PAGE) =>
      routeMessage(
        { type: 'page:hello', page: { title: '' }, signals: interview ? INTERVIEW_SIGNALS : NEWS_SIGNALS },
        fromTab(url),
        context,
      );
    expect(
      await routeMessage({ type: 'page:verdict', url: PAGE, verdict: 'not-interview' }, fromPopup, context),
    ).toEqual({ ok: true, saved: true });
    await hello(true);
    expect(injectLens).not.toHaveBeenCalled();
    // The same page without its tracking parameter is the same page; another page is not.
    await routeMessage(
      { type: 'page:verdict', url: 'https://example.com/news/1', verdict: 'interview' },
      fromPopup,
      context,
    );
    await hello(false, 'https://example.com/news/1?utm_source=x');
    expect(injectLens).toHaveBeenCalledOnce();
    await hello(false, 'https://example.com/news/2');
    expect(injectLens).toHaveBeenCalledOnce();
    expect(await routeMessage({ type: 'lens:settings' }, fromTab(), context)).toMatchObject({ verdict: false });
    await routeMessage({ type: 'page:verdict', url: PAGE, verdict: 'lens' }, fromPopup, context);
    expect(await routeMessage({ type: 'lens:settings' }, fromTab(), context)).toMatchObject({ verdict: null });
    await hello(true);
    expect(injectLens).toHaveBeenCalledTimes(2);
  });

  it('takes a verdict only from the reader’s own extension pages', async () => {
    const reply = await routeMessage({ type: 'page:verdict', url: PAGE, verdict: 'interview' }, fromTab(), context);
    expect(reply).toMatchObject({ ok: false });
    expect(await db.verdicts.count()).toBe(0);
  });

  it('keeps the reader’s corrections of a page’s people for that page, renames its saved highlights, and gives them to its lens', async () => {
    await routeMessage({ ...create(), speaker: { name: 'PyTorch Won', roles: [] } }, fromTab(), context);
    const correct = (change: unknown, from: SenderInfo = fromPopup) =>
      routeMessage({ type: 'page:correct', url: PAGE, change }, from, context);
    expect(await correct({ kind: 'rename', from: 'PyTorch Won', to: 'Luca Antiga' })).toMatchObject({
      ok: true,
      renamed: 1,
    });
    expect((await db.highlights.toArray())[0]?.speaker).toEqual({ name: 'Luca Antiga', roles: [] });
    await correct({ kind: 'interviewer', name: 'Frederic Lardinois' });
    // A page's lens may add a speaker, nothing more.
    expect(await correct({ kind: 'reset' }, fromTab())).toEqual({ ok: false, error: 'A page can only add a speaker.' });
    // From the lens, "this is a speaker" counts for the lens's own page, whatever address it names.
    await routeMessage(
      { type: 'page:correct', url: 'https://example.com/other', change: { kind: 'speaker', name: 'Soumith Chintala' } },
      fromTab(),
      context,
    );
    const people = {
      renames: [{ from: 'PyTorch Won', to: 'Luca Antiga' }],
      interviewer: 'Frederic Lardinois',
      people: ['Soumith Chintala'],
    };
    expect(await routeMessage({ type: 'lens:settings' }, fromTab(), context)).toMatchObject({ verdict: null, people });
    expect(await routeMessage({ type: 'lens:settings' }, fromTab('https://example.com/other'), context)).toMatchObject({
      people: { renames: [], interviewer: null, people: [] },
    });
    // A verdict on the page keeps its people, and "reset" forgets them but keeps the verdict.
    await routeMessage({ type: 'page:verdict', url: PAGE, verdict: 'interview' }, fromPopup, context);
    expect(await routeMessage({ type: 'lens:settings' }, fromTab(), context)).toMatchObject({ verdict: true, people });
    await correct({ kind: 'reset' });
    expect(await routeMessage({ type: 'lens:settings' }, fromTab(), context)).toMatchObject({
      verdict: true,
      people: { renames: [], interviewer: null, people: [] },
    });
    await routeMessage({ type: 'page:verdict', url: PAGE, verdict: 'lens' }, fromPopup, context);
    expect(await db.verdicts.count()).toBe(0);
  });

  it('keeps the projects an article names, as the lens read them at the last highlight', async () => {
    await routeMessage({ ...create(), articleProjects: ['PyTorch', 'vLLM'] }, fromTab(), context);
    expect((await db.articles.toArray())[0]?.projects).toEqual(['PyTorch', 'vLLM']);
    // A highlight saved before the lens had read the page keeps what was known.
    await routeMessage(create(), fromTab(), context);
    expect((await db.articles.toArray())[0]?.projects).toEqual(['PyTorch', 'vLLM']);
  });

  it('refuses a rename to the same name, and changes nothing', async () => {
    const reply = await routeMessage(
      { type: 'page:correct', url: PAGE, change: { kind: 'rename', from: 'Antiga', to: 'Antiga' } },
      fromPopup,
      context,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('the new name is the old one') });
    expect(await db.verdicts.count()).toBe(0);
  });

  it('deletes from the popup', async () => {
    const saved = await routeMessage(create(), fromTab(), context);
    const id = saved.ok && 'highlight' in saved ? saved.highlight.id : '';
    expect(await routeMessage({ type: 'highlight:delete', id }, fromPopup, context)).toEqual({
      ok: true,
      deleted: true,
    });
    expect(await db.highlights.count()).toBe(0);
  });

  it.each([
    ['another extension', { ...fromTab(), id: 'someone-else' }],
    ['a frame inside the page', { ...fromTab(), frameId: 3 }],
    ['a sender without a tab', { id: EXTENSION_ID, url: PAGE }],
  ])('rejects a highlight from %s and writes nothing', async (_who, sender) => {
    const reply = await routeMessage(create(), sender as SenderInfo, context);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Rejected sender') });
    expect(await rowCounts()).toEqual([0, 0]);
  });

  it('rejects page messages coming from an extension page', async () => {
    const reply = await routeMessage(create(), fromPopup, context);
    expect(reply.ok).toBe(false);
    expect(await rowCounts()).toEqual([0, 0]);
  });

  it.each([
    ['garbage', 'DROP TABLE highlights'],
    ['an empty object', {}],
    ['an empty quote', { ...create(), quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } }],
    ['a page URL in the payload', { ...create(), url: 'https://evil.example' }],
  ])('answers %s with a readable error and writes nothing', async (_what, payload) => {
    const reply = await routeMessage(payload, fromTab(), context);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid message: .+/) });
    expect(await rowCounts()).toEqual([0, 0]);
  });

  it('refuses pages that are not on the web', async () => {
    const reply = await routeMessage(create(), fromTab('file:///home/me/notes.html'), context);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('http') });
    expect(await rowCounts()).toEqual([0, 0]);
  });

  it('applies an edit from the page’s card and rejects a malformed one without writing', async () => {
    const saved = await routeMessage(create(), fromTab(), context);
    const id = saved.ok && 'highlight' in saved ? saved.highlight.id : '';
    const edited = await routeMessage(
      { type: 'highlight:update', id, patch: { note: 'Key point', tags: [' vllm ', 'serving'] } },
      fromTab(),
      context,
    );
    expect(edited).toMatchObject({ ok: true, highlight: { note: 'Key point', tags: ['vllm', 'serving'] } });
    for (const patch of [{}, { tags: ['a,b'] }, { tags: [''] }, { note: 'x'.repeat(200_001) }, { colour: 'red' }]) {
      expect(await routeMessage({ type: 'highlight:update', id, patch }, fromTab(), context)).toMatchObject({
        ok: false,
      });
    }
    expect(await db.highlights.get(id)).toMatchObject({ note: 'Key point', tags: ['vllm', 'serving'] });
  });

  it('lets a page record anchor states for its own highlights only', async () => {
    const saved = await routeMessage(create(), fromTab(), context);
    const id = saved.ok && 'highlight' in saved ? saved.highlight.id : '';
    const fromOtherSite = await routeMessage(
      { type: 'highlight:states', page: { title: '' }, states: [{ id, state: 'orphaned' }] },
      fromTab('https://evil.example/'),
      context,
    );
    expect(fromOtherSite).toEqual({ ok: true, updated: 0 });
    const fromOwnPage = await routeMessage(
      { type: 'highlight:states', page: { title: '' }, states: [{ id, state: 'orphaned' }] },
      fromTab(),
      context,
    );
    expect(fromOwnPage).toEqual({ ok: true, updated: 1 });
    expect((await db.highlights.get(id))?.anchorState).toBe('orphaned');
  });

  it('remembers a new address of a saved article when its page says hello', async () => {
    await routeMessage(
      create({ title: 'T', canonical: '/story' }),
      fromTab('https://thenewstack.io/story-draft'),
      context,
    );
    await routeMessage(
      { type: 'page:hello', page: { title: 'T', canonical: '/story' }, signals: NEWS_SIGNALS },
      fromTab('https://thenewstack.io/amp/story?utm_source=x'),
      context,
    );
    expect((await db.articles.toArray())[0]?.urls).toEqual([
      'https://thenewstack.io/story',
      'https://thenewstack.io/story-draft',
      'https://thenewstack.io/amp/story',
    ]);
  });

  it('tells the article’s tabs about every create, edit and delete', async () => {
    const saved = await routeMessage(create(), fromTab(), context);
    const id = saved.ok && 'highlight' in saved ? saved.highlight.id : '';
    await routeMessage({ type: 'highlight:update', id, patch: { colour: 'green' } }, fromPopup, context);
    await routeMessage({ type: 'highlight:delete', id }, fromPopup, context);
    expect(notifyChanged.mock.calls.map(([article]) => article.url)).toEqual(
      Array(3).fill('https://thenewstack.io/why-pytorch-won'),
    );
  });

  it('keeps the reader’s own catalog entries, validated, and lists them to the page', async () => {
    const entry = {
      name: 'Quillmark',
      aliases: [],
      kind: 'developer-tool',
      description: 'A static site generator for docs.',
      homepage: 'https://quillmark.example/',
    };
    expect(await routeMessage({ type: 'catalog:add', entry }, fromPopup, context)).toMatchObject({
      ok: true,
      entry: { name: 'Quillmark', userAdded: true },
    });
    for (const bad of [
      { ...entry, homepage: 'javascript:alert(1)' },
      { ...entry, description: '' },
      { ...entry, kind: 'weapon' },
      { ...entry, name: 'PyTorch' },
    ]) {
      expect(await routeMessage({ type: 'catalog:add', entry: bad }, fromPopup, context)).toMatchObject({ ok: false });
    }
    expect(await routeMessage({ type: 'catalog:add', entry }, fromTab(), context)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Rejected sender'),
    });
    expect(await routeMessage({ type: 'catalog:list' }, fromTab(), context)).toMatchObject({
      ok: true,
      entries: [{ name: 'Quillmark' }],
    });
    expect(await routeMessage({ type: 'catalog:remove', name: 'Quillmark' }, fromPopup, context)).toEqual({
      ok: true,
      removed: true,
    });
    expect(await db.catalog.count()).toBe(0);
  });
});

describe('when storage fails', () => {
  it('says the browser is out of room, and leaves no article without its highlight', async () => {
    db.highlights.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const reply = await routeMessage(create(), fromTab(), context);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('no more room') });
    expect(await rowCounts()).toEqual([0, 0]);
    expect(notifyChanged).not.toHaveBeenCalled();
  });

  it('says storage is unavailable when the database cannot open', async () => {
    db.close();
    vi.spyOn(db, 'open').mockRejectedValue(
      Object.assign(new Error('IndexedDB is disabled'), { name: 'OpenFailedError' }),
    );
    const reply = await routeMessage({ type: 'highlight:delete', id: crypto.randomUUID() }, fromPopup, context);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('not available') });
  });
});

describe('the card’s note frame', () => {
  const fromNoteFrame: SenderInfo = {
    id: EXTENSION_ID,
    url: `${ORIGIN}note-editor.html#h1`,
    frameId: 3,
    tab: { id: 7, url: PAGE },
  };

  it('reads its highlight, which a page’s content script may not', async () => {
    const saved = await routeMessage(create(), fromTab(), context);
    const id = saved.ok && 'highlight' in saved ? saved.highlight.id : '';
    expect(await routeMessage({ type: 'highlight:get', id }, fromNoteFrame, context)).toMatchObject({
      ok: true,
      found: { id },
    });
    expect(await routeMessage({ type: 'highlight:get', id }, fromTab(), context)).toMatchObject({ ok: false });
  });

  it('closes the card in the tab it is framed in (Escape), and nowhere else', async () => {
    expect(await routeMessage({ type: 'card:close' }, fromNoteFrame, context)).toEqual({ ok: true, closed: true });
    expect(tellTab).toHaveBeenCalledExactlyOnceWith(7, { type: 'lens:close-card' });
    expect(await routeMessage({ type: 'card:close' }, fromPopup, context)).toEqual({ ok: true, closed: false });
    expect(await routeMessage({ type: 'card:close' }, fromTab(), context)).toMatchObject({ ok: false });
    expect(tellTab).toHaveBeenCalledOnce();
  });
});

describe('managing the library from extension pages', () => {
  const savedId = async () => {
    const saved = await routeMessage(create(), fromTab(), context);
    return saved.ok && 'highlight' in saved ? saved.highlight.id : '';
  };

  it('undoes a delete with the record as it was, from an extension page or the article’s own tab only', async () => {
    const id = await savedId();
    const before = await db.highlights.get(id);
    await routeMessage({ type: 'highlight:delete', id }, fromPopup, context);
    expect(
      await routeMessage(
        { type: 'highlight:restore', highlight: before },
        fromTab('https://elsewhere.example/other-story'),
        context,
      ),
    ).toMatchObject({ ok: false });
    expect(await routeMessage({ type: 'highlight:restore', highlight: before }, fromPopup, context)).toMatchObject({
      ok: true,
    });
    expect(await db.highlights.get(id)).toEqual(before);
    // A second undo must not overwrite what is there now.
    expect(
      await routeMessage({ type: 'highlight:restore', highlight: { ...before, note: 'stale' } }, fromPopup, context),
    ).toMatchObject({ ok: false });
    expect((await db.highlights.get(id))?.note).toBe('');
  });

  it('undoes a delete made in the card of the article’s own tab', async () => {
    const id = await savedId();
    const before = await db.highlights.get(id);
    await routeMessage({ type: 'highlight:delete', id }, fromTab(), context);
    expect(await routeMessage({ type: 'highlight:restore', highlight: before }, fromTab(), context)).toMatchObject({
      ok: true,
    });
    expect(await db.highlights.get(id)).toEqual(before);
  });

  it('refuses an undo record the extension could not have written', async () => {
    const id = await savedId();
    const before = (await db.highlights.get(id))!;
    await routeMessage({ type: 'highlight:delete', id }, fromPopup, context);
    for (const forged of [
      { ...before, tags: ['x', 'x'] },
      { ...before, createdAt: 9e15, updatedAt: 9e15 },
    ]) {
      expect(await routeMessage({ type: 'highlight:restore', highlight: forged }, fromPopup, context)).toMatchObject({
        ok: false,
      });
    }
    expect(await db.highlights.count()).toBe(0);
  });

  it('answers a hostile message with a short reason, not a dump of every problem', async () => {
    const keys = Object.fromEntries(Array.from({ length: 1000 }, (_, k) => [`${'k'.repeat(5000)}${k}`, 1]));
    const states = Array.from({ length: 5000 }, () => ({ id: 'nope', state: 'lost' }));
    for (const hostile of [
      { type: 'lens:request', ...keys },
      { type: 'highlight:states', page: { title: 'T' }, states },
    ]) {
      const reply = await routeMessage(hostile, fromTab(), context);
      expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid message: /) });
      expect((reply as { error: string }).error.length).toBeLessThan(500);
    }
  });

  it('pausing stops the lens everywhere; switching a site off stops it there only', async () => {
    expect(await routeMessage({ type: 'settings:update', patch: { paused: true } }, fromPopup, context)).toMatchObject({
      ok: true,
      settings: { paused: true, exportOptions: { blockIds: true } },
    });
    expect(await routeMessage(create(), fromTab(), context)).toEqual({
      ok: false,
      error: expect.stringContaining('paused'),
    });
    expect(await routeMessage({ type: 'lens:request' }, fromTab(), context)).toEqual({ ok: true, injected: false });
    expect(injectLens).not.toHaveBeenCalled();

    await routeMessage(
      { type: 'settings:update', patch: { paused: false, disabledSites: ['thenewstack.io'] } },
      fromPopup,
      context,
    );
    expect(await routeMessage(create(), fromTab(), context)).toEqual({
      ok: false,
      error: expect.stringContaining('off on thenewstack.io'),
    });
    expect(await routeMessage(create(), fromTab('https://www.infoq.com/articles/x'), context)).toMatchObject({
      ok: true,
    });
    expect(await rowCounts()).toEqual([1, 1]);
  });

  it('while paused, a page with highlights is told of none, and what its lens already shows can still be reported and edited', async () => {
    const saved = await routeMessage(create(), fromTab(), context);
    const id = saved.ok && 'highlight' in saved ? saved.highlight.id : '';
    await routeMessage({ type: 'settings:update', patch: { paused: true } }, fromPopup, context);
    expect(
      await routeMessage({ type: 'page:hello', page: { title: '' }, signals: NEWS_SIGNALS }, fromTab(), context),
    ).toEqual({
      ok: true,
      highlights: 0,
    });
    expect(await routeMessage({ type: 'page:highlights', page: { title: '' } }, fromTab(), context)).toEqual({
      ok: true,
      highlights: [],
    });
    expect(injectLens).not.toHaveBeenCalled();
    const states = { type: 'highlight:states', page: { title: '' }, states: [{ id, state: 'orphaned' }] };
    expect(await routeMessage(states, fromTab(), context)).toEqual({ ok: true, updated: 1 });
    expect(
      await routeMessage({ type: 'highlight:update', id, patch: { note: 'kept' } }, fromTab(), context),
    ).toMatchObject({ ok: true, highlight: { note: 'kept' } });
  });

  it('gives the lens the reader’s colour and underline choices, and nothing else of the settings', async () => {
    await routeMessage(
      {
        type: 'settings:update',
        patch: {
          defaultColour: 'green',
          colourLabels: { pink: 'disagree' },
          disabledSites: ['example.com'],
          underlines: 'none',
        },
      },
      fromPopup,
      context,
    );
    expect(await routeMessage({ type: 'lens:settings' }, fromTab(), context)).toEqual({
      ok: true,
      defaultColour: 'green',
      colourLabels: { pink: 'disagree' },
      underlines: 'none',
      verdict: null,
      people: { renames: [], interviewer: null, people: [] },
    });
  });

  it('refuses settings that fail their schema, with a readable reason, and keeps the old ones', async () => {
    const reply = await routeMessage(
      { type: 'settings:update', patch: { disabledSites: ['not a host!'] } },
      fromPopup,
      context,
    );
    expect(reply).toMatchObject({ ok: false });
    expect(await db.settings.count()).toBe(0);
    expect(await routeMessage({ type: 'settings:update', patch: { paused: true } }, fromTab(), context)).toMatchObject({
      ok: false,
    });
  });

  it('imports a backup from an extension page and reports it; a bad file changes nothing', async () => {
    await savedId();
    const backup = JSON.stringify({ format: 'interview-lens-backup', version: 9 });
    const refused = await routeMessage({ type: 'backup:import', text: backup }, fromPopup, context);
    expect(refused).toEqual({ ok: false, error: expect.stringContaining('newer version') });
    expect(await rowCounts()).toEqual([1, 1]);
    expect(await routeMessage({ type: 'backup:import', text: '{' }, fromPopup, context)).toEqual({
      ok: false,
      error: expect.stringContaining('not JSON'),
    });
    expect(await routeMessage({ type: 'backup:import', text: '{}' }, fromTab(), context)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Rejected sender'),
    });
    expect(refreshAll).not.toHaveBeenCalled();
  });

  it('deletes everything only when asked in so many words, from an extension page', async () => {
    await savedId();
    expect(await routeMessage({ type: 'data:delete-all' }, fromPopup, context)).toMatchObject({ ok: false });
    expect(
      await routeMessage({ type: 'data:delete-all', confirm: 'delete everything' }, fromTab(), context),
    ).toMatchObject({ ok: false });
    expect(await rowCounts()).toEqual([1, 1]);
    expect(await routeMessage({ type: 'data:delete-all', confirm: 'delete everything' }, fromPopup, context)).toEqual({
      ok: true,
    });
    expect(await rowCounts()).toEqual([0, 0]);
    expect(refreshAll).toHaveBeenCalledOnce();
  });
});

describe('a page on a neighbouring site that names another’s article as its canonical', () => {
  const lie = (victim: string) => ({ title: 'Renamed by the neighbour', canonical: victim });

  /** A highlight saved from a page, as its lens saves it. */
  const save = async (pageUrl: string, page: Record<string, string>) => {
    const saved = await routeMessage(create(page), fromTab(pageUrl), context);
    if (!saved.ok || !('highlight' in saved)) throw new Error(`nothing saved from ${pageUrl}`);
    return saved.highlight;
  };

  /** Everything stored about one article. */
  const stored = async (articleId: string) => ({
    article: await db.articles.get(articleId),
    highlights: await listHighlights(db, articleId),
  });

  /** The neighbour's lens says hello, asks for highlights, reports one of the victim's lost, saves its own. */
  async function expectNothingReaches(victim: string, attacker: string) {
    const { id, articleId } = (await db.highlights.toCollection().first())!;
    const before = await stored(articleId);
    const page = lie(victim);
    expect(await routeMessage({ type: 'page:hello', page, signals: NEWS_SIGNALS }, fromTab(attacker), context)).toEqual(
      {
        ok: true,
        highlights: 0,
      },
    );
    expect(await routeMessage({ type: 'page:highlights', page }, fromTab(attacker), context)).toEqual({
      ok: true,
      highlights: [],
    });
    expect(
      await routeMessage(
        { type: 'highlight:states', page, states: [{ id, state: 'orphaned' }] },
        fromTab(attacker),
        context,
      ),
    ).toEqual({ ok: true, updated: 0 });
    const own = await save(attacker, page);

    expect(await stored(articleId)).toEqual(before);
    expect(await routeMessage({ type: 'page:highlights', page: { title: '' } }, fromTab(victim), context)).toEqual({
      ok: true,
      highlights: before.highlights,
    });
    expect(await routeMessage({ type: 'page:highlights', page }, fromTab(attacker), context)).toEqual({
      ok: true,
      highlights: [own],
    });
    expect(await db.articles.get(own.articleId)).toMatchObject({
      url: attacker,
      urls: [attacker],
      title: 'Renamed by the neighbour',
    });
  }

  it.each(['substack.com', 'github.io', 'netlify.app', 'co.uk'])(
    'on %s: the victim’s article keeps its title, addresses, highlights and their states',
    async (suffix) => {
      const victim = `https://victim.${suffix}/p/interview`;
      await save(victim, { title: 'The real interview' });
      await expectNothingReaches(victim, `https://attacker.${suffix}/p/copy`);
    },
  );

  it('is not led to the article by its own address, left among the article’s addresses before sites were told apart', async () => {
    const victim = 'https://victim.github.io/p/interview';
    const attacker = 'https://attacker.github.io/p/copy';
    const { articleId } = await save(victim, { title: 'The real interview' });
    await db.articles.update(articleId, { urls: [victim, attacker] }); // as the two-label rule let the neighbour's hello do
    await expectNothingReaches(victim, attacker);
  });
});
