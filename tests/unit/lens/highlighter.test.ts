// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { routeMessage, type RouterContext } from '@/utils/background/router';
import type { SenderInfo } from '@/utils/background/sender';
import { LensDatabase } from '@/utils/db/database';
import { createHighlighter } from '@/utils/lens/highlighter';
import type { ReplyTo, Request, RequestType } from '@/utils/messages/protocol';
import type { SendRequest } from '@/utils/messages/send';
import { testSync } from '../sync/devices';

const EXTENSION_ID = 'lens-id';
const ORIGIN = 'chrome-extension://lens-id/';
const PAGE = 'https://thenewstack.io/why-pytorch-won/';
const TEXT = 'Soumith Chintala said PyTorch was there when researchers needed it. Then the labs followed.';

let db: LensDatabase;
let context: RouterContext;
let notifyChanged: Mock<(article: { url: string }) => void>;
let n = 0;

const fromTab: SenderInfo = { id: EXTENSION_ID, url: PAGE, frameId: 0, tab: { id: 7, url: PAGE } };
const fromPopup: SenderInfo = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };

/** The lens's line to the background: every request goes through the real router, as from the tab at PAGE. */
const send: SendRequest = <T extends RequestType>(request: Extract<Request, { type: T }>) =>
  // The router answers each request with that request's own reply (its table sees to it); its return type covers them all.
  routeMessage(structuredClone(request), fromTab, context) as Promise<ReplyTo<T>>;

beforeEach(() => {
  db = new LensDatabase(`highlighter-${++n}`);
  notifyChanged = vi.fn();
  const deps = {
    db,
    now: () => 1_700_000_000_000,
    injectLens: async () => {},
    bundledNames: new Set<string>(),
    notifyChanged,
    refreshAll() {},
    tellTab() {},
    sync: testSync(db),
  };
  context = { extensionId: EXTENSION_ID, extensionOrigin: ORIGIN, deps };
  document.body.innerHTML = `<article><p id="p">${TEXT}</p></article>`;
});
afterEach(async () => {
  document.getSelection()?.removeAllRanges();
  await db.delete();
});

/** Selects `words` in the page's paragraph, as the reader's drag would. */
function select(words: string): void {
  const text = document.getElementById('p')!.firstChild!;
  const start = TEXT.indexOf(words);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + words.length);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

describe('createHighlighter', () => {
  it('saves the selection through the background and keeps where it is painted', async () => {
    const highlighter = createHighlighter(document, send);
    select('PyTorch was there');
    const outcome = await highlighter.highlightSelection('yellow');
    expect(outcome).toMatchObject({ ok: true, id: expect.any(String) });
    const id = outcome.ok ? outcome.id! : '';
    expect(await db.highlights.toArray()).toMatchObject([
      { id, colour: 'yellow', quote: { exact: 'PyTorch was there' } },
    ]);
    expect(highlighter.rangeOf(id)?.toString()).toBe('PyTorch was there');
    expect(document.getSelection()?.isCollapsed).toBe(true); // the caret stays after the new highlight
    expect(notifyChanged).toHaveBeenCalledOnce();
  });

  it('finds saved highlights again in a fresh lens, and tells the background which it could not', async () => {
    select('PyTorch was there');
    const { id } = (await createHighlighter(document, send).highlightSelection('green')) as { id: string };
    const reloaded = createHighlighter(document, send);
    await reloaded.refresh();
    expect(reloaded.get(id)).toMatchObject({ colour: 'green' });
    expect(reloaded.rangeOf(id)?.toString()).toBe('PyTorch was there');

    document.body.innerHTML = '<p>An article about something else entirely.</p>';
    const elsewhere = createHighlighter(document, send);
    await elsewhere.refresh();
    expect(elsewhere.rangeOf(id)).toBeUndefined();
    expect(await db.highlights.get(id)).toMatchObject({ anchorState: 'orphaned' });
  });

  it('edits, deletes and brings back a highlight, saying what happened', async () => {
    const highlighter = createHighlighter(document, send);
    select('the labs followed');
    const { id } = (await highlighter.highlightSelection('yellow')) as { id: string };
    expect(await highlighter.update(id, { colour: 'pink', note: 'the turning point' })).toEqual({
      ok: true,
      message: 'Saved.',
    });
    expect(await db.highlights.get(id)).toMatchObject({ colour: 'pink', note: 'the turning point' });

    const deleted = highlighter.get(id)!;
    expect(await highlighter.remove(id)).toEqual({ ok: true, message: 'Highlight deleted.' });
    expect([await db.highlights.count(), highlighter.rangeOf(id)]).toEqual([0, undefined]);

    expect(await highlighter.restore(deleted)).toEqual({ ok: true, message: 'Highlight restored.' });
    expect(await db.highlights.get(id)).toMatchObject({ colour: 'pink', note: 'the turning point' });
    expect(highlighter.rangeOf(id)?.toString()).toBe('the labs followed');
  });

  it('passes the background’s refusal on to the reader and keeps nothing', async () => {
    await routeMessage({ type: 'settings:update', patch: { paused: true } }, fromPopup, context);
    const highlighter = createHighlighter(document, send);
    select('PyTorch was there');
    expect(await highlighter.highlightSelection('yellow')).toEqual({
      ok: false,
      message: expect.stringContaining('paused'),
    });
    expect([await db.highlights.count(), highlighter.hasHighlights()]).toEqual([0, false]);
    expect(await highlighter.update('no-such-id', { note: 'x' })).toEqual({
      ok: false,
      message: 'That highlight no longer exists.',
    });
  });
});
