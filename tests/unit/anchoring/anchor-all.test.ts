import { describe, expect, it } from 'vitest';
import { anchorQuote } from '@/utils/anchoring/anchor';
import { anchorAll, type Pacing } from '@/utils/anchoring/anchor-all';
import { editDistance, similarity } from '@/utils/anchoring/similarity';

const selectors = (id: string, exact: string, start: number, prefix = '', suffix = '') => ({
  id,
  quote: { type: 'TextQuoteSelector' as const, exact, prefix, suffix },
  position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
});

/** A clock that advances a fixed step per reading, so slicing is deterministic. */
function fakePacing(step: number, budgetMs: number) {
  let time = 0;
  const pauses: number[] = [];
  const pacing: Pacing = {
    sliceMs: 10,
    budgetMs,
    now: () => (time += step),
    pause: async () => void pauses.push(time),
  };
  return { pacing, pauses };
}

describe('anchorAll', () => {
  const text = 'Antiga said PyTorch is very pythonic. Ray joined the PyTorch Foundation as its fourth project.';
  const saved = [selectors('a', 'PyTorch is very pythonic', 12), selectors('b', 'fourth project', 81)];

  it('anchors every highlight against one text', async () => {
    const anchors = await anchorAll(text, saved, fakePacing(0, 1000).pacing);
    expect([...anchors.values()].map((anchor) => text.slice(anchor.start, anchor.end))).toEqual([
      'PyTorch is very pythonic',
      'fourth project',
    ]);
  });

  it('gives the main thread back between slices', async () => {
    const { pacing, pauses } = fakePacing(6, 10_000);
    await anchorAll(text, saved, pacing);
    expect(pauses.length).toBeGreaterThan(0);
  });

  it('stops at its time budget and leaves the rest unchecked, not orphaned', async () => {
    const anchors = await anchorAll(text, saved, fakePacing(30, 50).pacing);
    expect(anchors.size).toBeLessThan(saved.length);
  });
});

describe('fuzzy anchoring', () => {
  const original = 'The team rewrote the scheduler in Rust last year, and the latency dropped by half for most users.';
  const quote = 'rewrote the scheduler in Rust last year';
  const at = original.indexOf(quote);
  const saved = selectors(
    'x',
    quote,
    at,
    original.slice(at - 9, at),
    original.slice(at + quote.length, at + quote.length + 20),
  );

  it('finds a quote whose typo was fixed, as approximate', () => {
    const edited = original.replace(
      'rewrote the scheduler in Rust last year',
      'rewrote the schedular in Rust last year',
    );
    const anchor = anchorQuote(`An editor's note. ${edited}`, saved);
    expect(anchor.state).toBe('approximate');
    expect(`An editor's note. ${edited}`.slice(anchor.start, anchor.end)).toBe(
      'rewrote the schedular in Rust last year',
    );
  });

  it('refuses a similar sentence that says something else', () => {
    const edited = 'The team rewrote the frontend in Go this spring, and the bundle dropped by half.';
    expect(anchorQuote(edited, saved).state).toBe('orphaned');
  });

  it('orphans a short quote that repeats with no telling context', () => {
    const short = selectors('s', 'PyTorch', 40, 'something gone ', ' also gone');
    expect(anchorQuote('PyTorch here. PyTorch there. PyTorch everywhere.', short).state).toBe('orphaned');
  });

  it('matches a long quote by head and tail after a word changed in the middle', () => {
    const paragraph = Array.from({ length: 60 }, (_, k) => `w${k}`).join(' ');
    const long = selectors('l', paragraph, 6, 'Intro ', ' Outro');
    const edited = `Intro ${paragraph.replace('w30', 'changed')} Outro`;
    const anchor = anchorQuote(edited, long);
    expect(anchor.state).toBe('approximate');
    expect(edited.slice(anchor.start, anchor.end)).toBe(paragraph.replace('w30', 'changed'));
  });

  it('treats corrupted selectors as orphans without throwing', () => {
    expect(anchorQuote('text', selectors('c', '', 0)).state).toBe('orphaned');
    for (const damaged of [
      {},
      { quote: { exact: 'text' } },
      { position: { start: 0, end: 4 } },
      { quote: { exact: 4 }, position: { start: 0, end: 1 } },
      null,
    ]) {
      expect(anchorQuote('text', damaged as never).state).toBe('orphaned');
    }
    expect(
      anchorQuote('some text', { quote: { exact: 'text' }, position: { start: 5, end: 9 } } as never),
    ).toMatchObject({ state: 'anchored', start: 5 });
    expect(anchorQuote('', selectors('c', 'text', 0)).state).toBe('orphaned');
    expect(
      anchorQuote('text', {
        ...selectors('c', 'zzzz', 0),
        position: { type: 'TextPositionSelector', start: 10 ** 9, end: 10 ** 9 + 4 },
      }).state,
    ).toBe('orphaned');
  });

  it('orphans a 50,000-character quote that is gone (within the test timeout, no hang)', () => {
    const huge = selectors('h', 'q'.repeat(50_000), 0);
    expect(anchorQuote('a small page of text'.repeat(1000), huge).state).toBe('orphaned');
  });
});

describe('similarity', () => {
  it('measures edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('anything', '')).toBe(1);
    expect(similarity('xyz', 'abc')).toBe(0);
  });
});
