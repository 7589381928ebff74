import { describe, expect, it } from 'vitest';
import { joinRows, MISSING_ARTICLE_TITLE } from '@/utils/library/rows';
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
