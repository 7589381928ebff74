import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorQuote } from '@/utils/anchoring/anchor';
import { describeOffsets } from '@/utils/anchoring/describe';
import { buildTextIndex } from '@/utils/text/text-index';

/**
 * The regression corpus: each case is an article, an edited version, and where each saved
 * highlight must land (or that it must be an orphan). A highlight on the wrong text fails.
 */
const CORPUS = resolve(import.meta.dirname, '../../fixtures/anchoring');

interface Expected {
  description: string;
  highlights: Array<{
    select: string;
    occurrence: number;
    expect: { state: 'anchored'; text: string; occurrence: number } | { state: 'orphaned' };
  }>;
}

function pageText(file: string) {
  document.documentElement.innerHTML = readFileSync(file, 'utf8').replace(/^<!doctype html>/i, '');
  return buildTextIndex(document.body);
}

function nthIndexOf(text: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const tally = { anchored: 0, orphaned: 0, wrong: 0, lost: 0 };

describe('anchoring regression corpus', () => {
  it('has at least 10 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    const expected: Expected = JSON.parse(readFileSync(join(CORPUS, name, 'expected.json'), 'utf8'));
    describe(`${name}: ${expected.description}`, () => {
      expected.highlights.forEach((highlight, k) => {
        it(`#${k} “${highlight.select.slice(0, 50)}” → ${highlight.expect.state}`, () => {
          const original = pageText(join(CORPUS, name, 'original.html'));
          const at = nthIndexOf(original.text, highlight.select, highlight.occurrence);
          expect(at, 'the case’s select text must be in the original page').toBeGreaterThanOrEqual(0);
          const selectors = describeOffsets(original, at, at + highlight.select.length)!;
          const edited = pageText(join(CORPUS, name, 'edited.html'));
          const anchor = anchorQuote(edited.text, selectors);
          if (highlight.expect.state === 'orphaned') {
            if (anchor.state !== 'orphaned') tally.wrong++;
            else tally.orphaned++;
            expect(
              anchor.state,
              `must be an orphan, but landed on “${edited.text.slice(anchor.start, anchor.end)}”`,
            ).toBe('orphaned');
            return;
          }
          const target = nthIndexOf(edited.text, highlight.expect.text, highlight.expect.occurrence);
          expect(target, 'the case’s expected text must be in the edited page').toBeGreaterThanOrEqual(0);
          if (anchor.state === 'orphaned') tally.lost++;
          else if (anchor.start !== target || anchor.end !== target + highlight.expect.text.length) tally.wrong++;
          else tally.anchored++;
          expect(anchor.state).not.toBe('orphaned');
          expect({ start: anchor.start, text: edited.text.slice(anchor.start, anchor.end) }).toEqual({
            start: target,
            text: highlight.expect.text,
          });
        });
      });
    });
  }

  afterAll(() => {
    console.log(
      `anchoring corpus: ${tally.anchored} re-found exactly, ${tally.orphaned} correctly orphaned, ${tally.lost} lost, ${tally.wrong} wrong`,
    );
  });
});
