import { describe, expect, it } from 'vitest';
import type { HighlightRecord } from '@/utils/db/records';
import { mergeVersions } from '@/utils/sync/merge-versions';
import type { Payload } from '@/utils/sync/payload';
import { article, highlight } from '../backup/fixtures';

const saved = article('art', 'https://example.com/why-pytorch-won', 1);
const version = (note: string, updatedAt: number, extra: Partial<HighlightRecord> = {}): Payload => ({
  kind: 'highlight',
  highlight: highlight('h1', 'art', updatedAt, { note, ...extra }),
  article: saved,
});
const gone = (deletedAt: number): Payload => ({ kind: 'gone', id: 'h1', deletedAt });
const merged = (...versions: Payload[]) => versions.reduce((sum, next) => mergeVersions(sum, next));

describe('mergeVersions', () => {
  it('keeps the newer note and the older one beside it, the same either way round', () => {
    const a = version('from A', 10);
    const b = version('from B', 20);
    expect(mergeVersions(a, b)).toEqual(mergeVersions(b, a));
    expect(mergeVersions(a, b)).toMatchObject({
      highlight: { note: 'from B', alsoEdited: [{ note: 'from A', updatedAt: 10 }] },
    });
  });

  it('keeps every note of three versions, in whatever order they meet', () => {
    const versions = [version('one', 10), version('two', 30), version('three', 20)];
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 0, 2],
      [1, 2, 0],
    ].map((order) => merged(...order.map((k) => versions[k]!)));
    for (const result of orders) expect(result).toEqual(orders[0]);
    expect(orders[0]).toMatchObject({
      highlight: {
        note: 'two',
        alsoEdited: [
          { note: 'three', updatedAt: 20 },
          { note: 'one', updatedAt: 10 },
        ],
      },
    });
  });

  it('lists a note once, at its newest time, and never the note that won', () => {
    const result = merged(version('same', 10), version('same', 15), version('won', 30), version('won', 5));
    expect(result).toMatchObject({ highlight: { note: 'won', alsoEdited: [{ note: 'same', updatedAt: 15 }] } });
  });

  it('leaves no list when every version has the same note, and none on a deletion that won', () => {
    expect(mergeVersions(version('same', 10), version('same', 20))).toEqual(version('same', 20));
    expect(mergeVersions(version('a note', 10), gone(20))).toEqual(gone(20));
  });

  it('does not offer again a note the reader chose against on either version', () => {
    const chose = version('kept', 30, { dismissedEdits: [{ note: 'x', updatedAt: 3 }] });
    const unaware = version('kept', 20, { tags: ['t'], alsoEdited: [{ note: 'x', updatedAt: 3 }] });
    for (const result of [mergeVersions(chose, unaware), mergeVersions(unaware, chose)]) {
      expect(result).toMatchObject({ highlight: { note: 'kept', dismissedEdits: [{ note: 'x', updatedAt: 3 }] } });
      expect(result.kind === 'highlight' && result.highlight.alsoEdited).toBeFalsy();
    }
    // The same words saved again later are another edit, and are offered.
    const again = version('x', 25);
    expect(mergeVersions(chose, again)).toMatchObject({ highlight: { alsoEdited: [{ note: 'x', updatedAt: 25 }] } });
  });

  it('brings back a note kept from an earlier merge when a newer version arrives without it', () => {
    const earlier = mergeVersions(version('from A', 10), version('from B', 20));
    const result = mergeVersions(earlier, version('from C', 40));
    expect(result).toMatchObject({
      highlight: {
        note: 'from C',
        alsoEdited: [
          { note: 'from B', updatedAt: 20 },
          { note: 'from A', updatedAt: 10 },
        ],
      },
    });
  });
});
