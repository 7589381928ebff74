import { afterAll, describe, expect, it } from 'vitest';
import { detectInterview } from '@/utils/interview/detect';
import { fixturePages, loadPage } from './fixtures';

const pages = fixturePages();
const tally = { truePositive: 0, falsePositive: 0, falseNegative: 0, trueNegative: 0 };

describe('interview detector on the fixture pages', () => {
  it('has at least 12 interviews and 12 look-alikes', () => {
    expect(pages.filter((page) => page.expected.isInterview).length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((page) => !page.expected.isInterview).length).toBeGreaterThanOrEqual(12);
  });

  for (const page of pages) {
    it(`${page.name}: ${page.expected.isInterview ? `an interview (${page.expected.format})` : 'not an interview'}`, () => {
      const detection = detectInterview(loadPage(page));
      const key = page.expected.isInterview
        ? detection.isInterview ? 'truePositive' : 'falseNegative'
        : detection.isInterview ? 'falsePositive' : 'trueNegative';
      tally[key]++;
      expect({ isInterview: detection.isInterview, reasons: detection.reasons }).toMatchObject({ isInterview: page.expected.isInterview });
      expect(detection.reasons.length).toBeGreaterThan(0);
    });
  }

  afterAll(() => {
    const precision = tally.truePositive / Math.max(1, tally.truePositive + tally.falsePositive);
    const recall = tally.truePositive / Math.max(1, tally.truePositive + tally.falseNegative);
    console.log(`detection: precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (${JSON.stringify(tally)})`);
  });
});
