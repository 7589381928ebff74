import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findArticle, upsertArticle } from '@/utils/db/articles';
import { LensDatabase } from '@/utils/db/database';
import {
  addHighlight,
  countHighlights,
  deleteHighlight,
  listHighlights,
  recordAnchorStates,
  updateHighlight,
} from '@/utils/db/highlights';

let db: LensDatabase;
let dbCount = 0;

beforeEach(() => {
  db = new LensDatabase(`test-${++dbCount}`);
});
afterEach(async () => {
  await db.delete();
});

const facts = {
  url: 'https://thenewstack.io/why-pytorch-won',
  visited: 'https://thenewstack.io/why-pytorch-won?id=1',
  title: 'Why PyTorch Won',
  site: 'The New Stack',
  author: 'Frederic Lardinois',
};
const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });
const position = (start: number, end: number) => ({ type: 'TextPositionSelector' as const, start, end });

describe('articles', () => {
  it('creates an article once and finds it by canonical or visited address', async () => {
    const first = await upsertArticle(db, facts, 1000);
    const again = await upsertArticle(db, { ...facts, title: 'Why PyTorch Won (updated)' }, 2000);
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ title: 'Why PyTorch Won (updated)', firstSeenAt: 1000, updatedAt: 2000 });
    expect(await db.articles.count()).toBe(1);
    expect((await findArticle(db, [facts.visited]))?.id).toBe(first.id);
    expect((await findArticle(db, [facts.url]))?.id).toBe(first.id);
  });

  it('remembers each new address the article is reached at', async () => {
    await upsertArticle(db, facts, 1);
    await upsertArticle(db, { ...facts, visited: 'https://thenewstack.io/why-pytorch-won?page=2' }, 2);
    expect((await findArticle(db, ['https://thenewstack.io/why-pytorch-won?page=2']))?.title).toBe('Why PyTorch Won');
  });

  it('finds no article through an address of another site left among its addresses', async () => {
    const article = await upsertArticle(db, facts, 1);
    const copy = 'https://copycat.example/why-pytorch-won';
    await db.articles.update(article.id, { urls: [...article.urls, copy] });
    expect(await findArticle(db, [copy])).toBeUndefined();
    expect((await findArticle(db, [facts.visited]))?.id).toBe(article.id);
  });

  it('refuses two articles with the same canonical address', async () => {
    await upsertArticle(db, facts, 1);
    await expect(db.articles.add({ ...(await db.articles.toCollection().first())!, id: 'other' })).rejects.toThrow();
  });
});

describe('highlights', () => {
  it('adds highlights with uuid ids and lists them newest first', async () => {
    const article = await upsertArticle(db, facts, 1);
    const older = await addHighlight(
      db,
      { articleId: article.id, quote: quote('one'), position: position(0, 3), colour: 'yellow' },
      10,
    );
    const newer = await addHighlight(
      db,
      { articleId: article.id, quote: quote('two'), position: position(4, 7), colour: 'blue' },
      20,
    );
    expect(older.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(older).toMatchObject({ note: '', tags: [], createdAt: 10, updatedAt: 10 });
    expect((await listHighlights(db, article.id)).map((h) => h.id)).toEqual([newer.id, older.id]);
    expect(await countHighlights(db)).toBe(2);
  });

  it('lists only the highlights of the asked article', async () => {
    const a = await upsertArticle(db, facts, 1);
    const b = await upsertArticle(db, { ...facts, url: 'https://a.com/b', visited: 'https://a.com/b' }, 1);
    await addHighlight(db, { articleId: a.id, quote: quote('in a'), position: position(0, 4), colour: 'yellow' }, 1);
    await addHighlight(db, { articleId: b.id, quote: quote('in b'), position: position(0, 4), colour: 'yellow' }, 1);
    expect((await listHighlights(db, b.id)).map((h) => h.quote.exact)).toEqual(['in b']);
  });

  it('deletes one highlight and reports whether it existed', async () => {
    const article = await upsertArticle(db, facts, 1);
    const kept = await addHighlight(
      db,
      { articleId: article.id, quote: quote('kept'), position: position(0, 4), colour: 'yellow' },
      1,
    );
    const gone = await addHighlight(
      db,
      { articleId: article.id, quote: quote('gone'), position: position(5, 9), colour: 'yellow' },
      2,
    );
    expect(await deleteHighlight(db, gone.id)).toBe(true);
    expect(await deleteHighlight(db, gone.id)).toBe(false);
    expect((await listHighlights(db, article.id)).map((h) => h.id)).toEqual([kept.id]);
  });

  it('updates colour, note and tags, keeping the rest and stamping updatedAt', async () => {
    const article = await upsertArticle(db, facts, 1);
    const saved = await addHighlight(
      db,
      { articleId: article.id, quote: quote('q'), position: position(0, 1), colour: 'yellow' },
      10,
    );
    const updated = await updateHighlight(
      db,
      saved.id,
      { colour: 'blue', note: 'Line one\nline two', tags: ['pytorch', 'pytorch', 'ai'] },
      20,
    );
    expect(updated).toMatchObject({
      colour: 'blue',
      note: 'Line one\nline two',
      tags: ['pytorch', 'ai'],
      createdAt: 10,
      updatedAt: 20,
    });
    expect(await db.highlights.get(saved.id)).toEqual(updated);
    expect(await updateHighlight(db, 'missing', { note: 'x' }, 30)).toBeUndefined();
  });

  it('takes the reader’s word on who said a highlight, or that no one did', async () => {
    const article = await upsertArticle(db, facts, 1);
    const saved = await addHighlight(
      db,
      {
        articleId: article.id,
        quote: quote('q'),
        position: position(0, 1),
        colour: 'yellow',
        speaker: { name: 'PyTorch Won', roles: [] },
      },
      10,
    );
    const named = await updateHighlight(
      db,
      saved.id,
      { speaker: { name: 'Luca Antiga', roles: ['CTO of Lightning AI'] } },
      20,
    );
    expect((await db.highlights.get(saved.id))?.speaker).toEqual({
      name: 'Luca Antiga',
      roles: ['CTO of Lightning AI'],
    });
    expect(named?.note).toBe(saved.note);
    await updateHighlight(db, saved.id, { speaker: null }, 30);
    expect(await db.highlights.get(saved.id)).not.toHaveProperty('speaker');
    await updateHighlight(db, saved.id, { note: 'kept' }, 40);
    expect(await db.highlights.get(saved.id)).not.toHaveProperty('speaker');
  });

  it('records anchor states of its own article only, and only when they change', async () => {
    const article = await upsertArticle(db, facts, 1);
    const other = await upsertArticle(db, { ...facts, url: 'https://a.com/o', visited: 'https://a.com/o' }, 1);
    const mine = await addHighlight(
      db,
      { articleId: article.id, quote: quote('m'), position: position(0, 1), colour: 'yellow' },
      10,
    );
    const theirs = await addHighlight(
      db,
      { articleId: other.id, quote: quote('t'), position: position(0, 1), colour: 'yellow' },
      10,
    );
    const changed = await recordAnchorStates(
      db,
      article.id,
      [
        { id: mine.id, state: 'orphaned' },
        { id: theirs.id, state: 'orphaned' },
      ],
      50,
    );
    expect(changed).toBe(1);
    expect(await db.highlights.get(mine.id)).toMatchObject({
      anchorState: 'orphaned',
      anchorCheckedAt: 50,
      updatedAt: 10,
    });
    expect((await db.highlights.get(theirs.id))?.anchorState).toBe('anchored');
    expect(await recordAnchorStates(db, article.id, [{ id: mine.id, state: 'orphaned' }], 60)).toBe(0);
  });

  it('never deletes orphans: they stay listed', async () => {
    const article = await upsertArticle(db, facts, 1);
    const saved = await addHighlight(
      db,
      { articleId: article.id, quote: quote('gone'), position: position(0, 4), colour: 'yellow' },
      10,
    );
    await recordAnchorStates(db, article.id, [{ id: saved.id, state: 'orphaned' }], 20);
    expect((await listHighlights(db, article.id)).map((h) => h.id)).toEqual([saved.id]);
  });
});
