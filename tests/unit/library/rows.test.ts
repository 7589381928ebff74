import { describe, expect, it } from 'vitest';
import { inDocumentOrder } from '@/utils/db/document-order';
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';
import { joinRows, LibraryJoin, MISSING_ARTICLE_TITLE } from '@/utils/library/rows';
import { articles, highlight, highlights, lightning, museum, pytorch } from './fixtures';

const ids = (rows: ReturnType<typeof joinRows>) => rows.map((row) => row.highlight.id);

describe('joinRows', () => {
  it('lists the most recently highlighted article first and each article’s quotes in text order', () => {
    expect(ids(joinRows(articles, highlights))).toEqual([
      'podcast-scale',
      'podcast-open',
      'tns-why',
      'tns-jax',
      'tns-inference',
      'tns-ray',
      'lost-quote',
      'museum-links',
      'museum-crawl',
    ]);
  });

  it('pairs every highlight with its own article', () => {
    for (const row of joinRows(articles, highlights)) {
      if (!row.articleMissing) expect(row.article.id).toBe(row.highlight.articleId);
    }
    expect(joinRows(articles, highlights).find((row) => row.highlight.id === 'tns-jax')?.article).toBe(pytorch);
  });

  it('keeps a highlight whose article record is missing, under a stand-in article', () => {
    const lost = joinRows(articles, highlights).find((row) => row.highlight.id === 'lost-quote');
    expect(lost).toMatchObject({
      articleMissing: true,
      article: { id: 'deleted-article', title: MISSING_ARTICLE_TITLE, url: '', site: '' },
    });
    expect(lost?.highlight.quote.exact).toBe('Small models will run in every browser tab within two years.');
  });

  it('keeps highlights that could not be re-found on their page', () => {
    const ray = joinRows(articles, highlights).find((row) => row.highlight.id === 'tns-ray');
    expect(ray?.highlight.anchorState).toBe('orphaned');
    expect(ray?.article).toBe(pytorch);
  });

  it('leaves out articles with no highlights and orders equal times by the article’s own update', () => {
    const sameTime = [
      highlight('a', pytorch.id, 'one', 0, { createdAt: 5 }),
      highlight('b', lightning.id, 'two', 0, { createdAt: 5 }),
    ];
    const rows = joinRows([pytorch, lightning, museum], sameTime);
    expect(rows.map((row) => row.article.id)).toEqual([lightning.id, pytorch.id]);
  });
});

/** A small seeded generator, so a failing sequence can be run again. */
function seeded(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

/** The library's order written out plainly, as rows' [id, note, article id, title, missing]: the reference for LibraryJoin. */
function referenceRows(articles: readonly ArticleRecord[], highlights: readonly HighlightRecord[]) {
  const byArticle = new Map<string, HighlightRecord[]>();
  for (const highlight of highlights)
    byArticle.set(highlight.articleId, [...(byArticle.get(highlight.articleId) ?? []), highlight]);
  return [...byArticle]
    .map(([id, group]) => {
      const article = articles.find((candidate) => candidate.id === id);
      return {
        id,
        article,
        group: [...group].sort(inDocumentOrder),
        newest: Math.max(...group.map((highlight) => highlight.createdAt)),
        updatedAt: article?.updatedAt ?? Math.max(...group.map((highlight) => highlight.updatedAt)),
      };
    })
    .sort((a, b) => b.newest - a.newest || b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1))
    .flatMap(({ id, article, group }) =>
      group.map((highlight) => [
        highlight.id,
        highlight.note,
        id,
        article?.title ?? MISSING_ARTICLE_TITLE,
        article ? undefined : true,
      ]),
    );
}

describe('LibraryJoin', () => {
  const shape = (rows: ReturnType<typeof joinRows>) =>
    rows.map((row) => [row.highlight.id, row.highlight.note, row.article.id, row.article.title, row.articleMissing]);

  it('lists the library in its order after any sequence of writes, deletes and article changes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = seeded(seed);
      const join = new LibraryJoin();
      const saved = new Map<string, HighlightRecord>();
      let savedArticles = [pytorch, lightning];
      join.setArticles(savedArticles);
      for (let step = 0; step < 300; step++) {
        const roll = random(20);
        if (roll < 12) {
          // Some land on an article with no record (a stand-in), some on the same passage twice.
          const articleId = [pytorch.id, lightning.id, museum.id, 'gone'][random(4)]!;
          const id = `h${random(60)}`;
          const next = highlight(id, articleId, `quote ${step}`, random(40) * 10, {
            note: `note ${step}`,
            createdAt: random(5),
          });
          saved.set(id, next);
          join.put(next);
        } else if (roll < 17) {
          const id = `h${random(60)}`;
          saved.delete(id);
          join.remove(id);
        } else {
          savedArticles = [
            { ...pytorch, title: `title ${step}`, updatedAt: random(3) },
            ...(random(2) ? [lightning] : []),
            ...(random(2) ? [museum] : []),
          ];
          join.setArticles(savedArticles);
        }
        if (random(3) === 0 || step === 299)
          expect(shape(join.rows()), `seed ${seed}, step ${step}`).toEqual(
            referenceRows(savedArticles, [...saved.values()]),
          );
      }
    }
  });

  it('keeps the rows of highlights that did not change, so a view can tell what did', () => {
    const join = new LibraryJoin();
    join.setArticles(articles);
    for (const saved of highlights) join.put(saved);
    const before = join.rows();
    const edited = before.find((row) => row.highlight.id === 'tns-jax')!.highlight;
    join.put({ ...edited, note: 'edited' });
    join.setArticles(articles.map((article) => ({ ...article }))); // read again, unchanged
    const after = join.rows();
    expect(after).not.toBe(before);
    expect(after.find((row) => row.highlight.id === 'tns-jax')?.highlight.note).toBe('edited');
    const kept = after.filter((row) => before.includes(row)).map((row) => row.highlight.id);
    expect(kept).toEqual(before.map((row) => row.highlight.id).filter((id) => id !== 'tns-jax'));
  });
});
