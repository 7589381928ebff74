import { describe, expect, it } from 'vitest';
import { capsSentences } from '@/utils/popup/caps-sentences';

describe('the popup’s sentences on the limits a page reached', () => {
  it('says nothing for a page within every limit', () => {
    expect(capsSentences(undefined)).toEqual([]);
    expect(capsSentences({})).toEqual([]);
  });

  it('says one plain sentence per limit, with the counts written out', () => {
    expect(capsSentences({ people: { found: 50_000, kept: 200 }, names: { found: 128_161, kept: 10_000 } })).toEqual([
      'This page names more people than the lens follows (50,000); the first 200 are shown.',
      'This page names people and projects more often than the lens underlines (128,161 times); the first 10,000 are underlined.',
    ]);
  });

  it('counts the people met as a lower bound when the quotes they were met in were capped too', () => {
    expect(capsSentences({ people: { found: 19_991, kept: 200 }, quotes: { found: 50_010, kept: 20_000 } })).toEqual([
      'This page names more people than the lens follows (at least 19,991); the first 200 are shown.',
      'This page holds more quotes than the lens attributes (50,010); the first 20,000 are attributed.',
    ]);
  });
});
