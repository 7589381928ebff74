import { describe, expect, it } from 'vitest';
import { capsIn } from '@/utils/messages/summary';

describe('the limits field of the lens summary, as the popup reads it', () => {
  it('keeps a well-formed field', () => {
    const capped = { people: { found: 50_000, kept: 200 }, names: { found: 12_000, kept: 10_000 } };
    expect(capsIn({ isInterview: true, capped })).toEqual(capped);
  });

  it('drops a missing or malformed field: other keys, negative or fractional counts, text', () => {
    for (const capped of [
      undefined,
      null,
      'many',
      { people: { found: -1, kept: 200 } },
      { people: { found: 1.5, kept: 1 } },
      { people: { found: 2, kept: 1, extra: 1 } },
      { everyone: { found: 2, kept: 1 } },
      { quotes: { found: '2', kept: 1 } },
    ]) {
      expect(capsIn({ capped })).toBeUndefined();
    }
  });
});
