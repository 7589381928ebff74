import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '@/utils/anchoring/anchor';
import { anchorAll, type Pacing } from '@/utils/anchoring/anchor-all';
import { seededMatches } from '@/utils/anchoring/fuzzy-search';

const NO_PAUSES: Pacing = { sliceMs: Infinity, budgetMs: Infinity, now: () => 0, pause: async () => {} };

/** Sentences of made-up words from a seeded generator: varied enough that a 40-character quote occurs once. */
function sentences(count: number, seed: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'pe', 'da', 'gu', 'ri', 'to', 'ma', 'zu', 'fe'];
  const word = () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
  return Array.from({ length: count }, () => `${Array.from({ length: 8 + Math.floor(next() * 8) }, word).join(' ')}.`);
}

/** Selectors for text[start, start + length), with 32 characters of context, as the lens saves them. */
function saved(id: string, text: string, start: number, length: number) {
  const exact = text.slice(start, start + length);
  return {
    id,
    quote: {
      type: 'TextQuoteSelector' as const,
      exact,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + length, start + length + 32),
    },
    position: { type: 'TextPositionSelector' as const, start, end: start + length },
  };
}

function runToEnd<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

describe('re-anchoring after the page moved', () => {
  const before = sentences(400, 1).join(' ');
  const quotes = [1_000, 9_000, 15_000, 21_000].map((at, k) => saved(`q${k}`, before, before.indexOf(' ', at) + 1, 40));

  it('finds every highlight at its new place after text is inserted near the top', async () => {
    const after = `${'An editor added this note at the top. '.repeat(60)}${before}`;
    const anchors = await anchorAll(after, quotes, NO_PAUSES);
    for (const quote of quotes)
      expect(after.slice(anchors.get(quote.id)!.start, anchors.get(quote.id)!.end)).toBe(quote.quote.exact);
    for (const quote of quotes) expect(anchors.get(quote.id)!.start - quote.position.start).toBe(60 * 38);
  });

  it('does not take a quote where the text moved when its context there is another one', async () => {
    // q0 moves by the note's length; q1's words also stand exactly that far from q1's old place,
    // in other company, and q1 itself is further on: the lens must keep q1 where its context is.
    const note = 'A short note. ';
    const p1 = quotes[1]!.position.start;
    const other = 'Something else entirely is said here'.padEnd(40, '.');
    const text = `${note}${before.slice(0, p1 - 40)}${other}${quotes[1]!.quote.exact} and then a different ending. ${before.slice(p1 - 40)}`;
    expect(text.startsWith(quotes[1]!.quote.exact, p1 + note.length)).toBe(true); // the decoy
    const anchors = await anchorAll(text, [quotes[0]!, quotes[1]!], NO_PAUSES);
    expect(anchors.get('q0')!.start).toBe(quotes[0]!.position.start + note.length);
    const q1 = anchors.get('q1')!;
    expect(text.slice(q1.start - 32, q1.end + 32)).toBe(
      quotes[1]!.quote.prefix + quotes[1]!.quote.exact + quotes[1]!.quote.suffix,
    );
  });

  it('finds an edited quote whose paragraph moved far away, with its context and with half of it', () => {
    const parts = sentences(400, 2);
    const paragraph = parts.slice(10, 14).join(' ');
    const original = parts.join(' ');
    const paragraphAt = original.indexOf(paragraph);
    const inside = saved('inside', original, paragraphAt + parts[10]!.length + 1, parts[11]!.length); // its context moves with it
    const last = saved('last', original, paragraphAt + paragraph.length - parts[13]!.length, parts[13]!.length); // what followed it stays behind
    const edit = (quote: string) =>
      `${quote.slice(0, 5)}x${quote.slice(6, 20)}q${quote.slice(20, -9)}${quote.slice(-8)}`;
    for (const quote of [inside, last]) {
      const edited = paragraph.replace(quote.quote.exact, edit(quote.quote.exact));
      const text = [...parts.slice(0, 10), ...parts.slice(14, 350), edited, ...parts.slice(350)].join(' ');
      const anchor = anchorQuote(text, quote);
      expect(anchor.state).toBe('approximate');
      expect(text.slice(anchor.start, anchor.end)).toBe(edit(quote.quote.exact));
    }
  });
});

describe('seededMatches', () => {
  const text = sentences(300, 3).join(' ');

  it('finds every match that the whole-text search finds with up to the sure number of errors', () => {
    for (const [at, edit] of [
      [2_000, (s: string) => s.replace('e', 'E')],
      [9_000, (s: string) => s.slice(0, 20) + s.slice(23)],
      [15_000, (s: string) => `${s.slice(0, 10)}xy${s.slice(10)}`],
    ] as const) {
      const pattern = edit(text.slice(at, at + 60));
      const sure = 4;
      const whole = search(text, pattern, 15).filter((match) => match.errors <= sure);
      const seeded = runToEnd(seededMatches(text, pattern, sure, 15))!;
      expect(whole.length).toBeGreaterThan(0);
      for (const match of whole)
        expect(seeded).toContainEqual({ start: match.start, end: match.end, errors: match.errors });
    }
  });

  it('gives up (null) when a piece of the quote is everywhere on the page', () => {
    expect(
      runToEnd(seededMatches('the cat sat on the mat. '.repeat(500), 'the cat sat on the mat. the cat sat', 2, 8)),
    ).toBeNull();
  });
});
