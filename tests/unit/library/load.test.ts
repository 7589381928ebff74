import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LensDatabase } from '@/utils/db/database';
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';
import { loadFirstScreen, loadLibrary, readHighlightsInSlices } from '@/utils/library/load';
import { highlight } from './fixtures';

let db: LensDatabase;
let dbCount = 0;

beforeEach(() => {
  db = new LensDatabase(`load-test-${++dbCount}`);
});
afterEach(async () => {
  await db.delete();
});

const MINUTE = 60_000;
const article = (k: number): ArticleRecord => ({
  id: `article-${k}`,
  url: `https://example.org/interview-${k}`,
  urls: [`https://example.org/interview-${k}`],
  title: `Interview ${k}`,
  site: 'Example',
  firstSeenAt: k * MINUTE,
  updatedAt: k * MINUTE,
});

/** 30 articles of 1–4 highlights saved at scattered times (some at the same minute), and one whose article is gone. */
function library(): { articles: ArticleRecord[]; highlights: HighlightRecord[] } {
  const articles = Array.from({ length: 30 }, (_, k) => article(k));
  const highlights = articles.flatMap((source, k) =>
    Array.from({ length: 1 + (k % 4) }, (_, n) =>
      highlight(`h-${k}-${n}`, source.id, `Quote ${n} of interview ${k}`, 1000 - n * 100, {
        createdAt: ((k * 7) % 30) * MINUTE + (n % 2) * MINUTE,
      }),
    ),
  );
  highlights.push(
    highlight('orphan', 'article-deleted', 'A quote whose article record is gone', 0, { createdAt: 20 * MINUTE }),
  );
  return { articles, highlights };
}

async function store({ articles, highlights }: { articles: ArticleRecord[]; highlights: HighlightRecord[] }) {
  await db.articles.bulkAdd(articles);
  await db.highlights.bulkAdd(highlights);
}

describe('the library’s first screen', () => {
  it('shows the newest highlights’ articles first, as the whole library will, without reading it all', async () => {
    const saved = library();
    await store(saved);
    const first = await loadFirstScreen(db, 5);
    const whole = await loadLibrary(db);

    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(whole.length);
    // When the rest arrives, the rows already shown stay where they were.
    expect(first).toEqual(whole.slice(0, first.length));
    // The five newest highlights are all on it, the very newest in the first article.
    const newest = [...saved.highlights].sort((a, b) => b.createdAt - a.createdAt).slice(0, 5);
    const shown = new Set(first.map((row) => row.highlight.id));
    for (const one of newest) expect(shown).toContain(one.id);
    expect(first[0]!.article.id).toBe(newest[0]!.articleId);
  });

  it('loses nothing: the whole library then holds every highlight once, the one without its article included', async () => {
    const saved = library();
    await store(saved);
    await loadFirstScreen(db, 3);
    const whole = await loadLibrary(db);
    expect(whole.map((row) => row.highlight.id).sort()).toEqual(saved.highlights.map((one) => one.id).sort());
    expect(whole.find((row) => row.highlight.id === 'orphan')?.articleMissing).toBe(true);
  });

  it('keeps the order when many highlights were saved at the same moment (as an import does)', async () => {
    const articles = Array.from({ length: 8 }, (_, k) => article(k));
    const highlights = articles.map((source, k) =>
      highlight(`same-${k}`, source.id, `Quote ${k}`, 0, { createdAt: 5 * MINUTE }),
    );
    await store({ articles, highlights });
    const first = await loadFirstScreen(db, 2);
    expect(first).toEqual(await loadLibrary(db));
  });

  it('is empty for an empty library', async () => {
    expect(await loadFirstScreen(db, 10)).toEqual([]);
  });
});

describe('every highlight read in slices', () => {
  it('gives every highlight once, whatever the slice, exact multiples included', async () => {
    const saved = library();
    await store(saved);
    const ids = saved.highlights.map((one) => one.id).sort();
    for (const slice of [1, 3, saved.highlights.length, saved.highlights.length + 1])
      expect((await readHighlightsInSlices(db, slice)).map((one) => one.id)).toEqual(ids);
  });
});
