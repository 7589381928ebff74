import { beforeAll, describe, expect, it } from 'vitest';
import catalog from '@/utils/catalog/catalog.json';
import type { CatalogEntry } from '@/utils/catalog/schema';
import { analyzeInterview, type InterviewAnalysis } from '@/utils/interview/analyze';
import { MAX_PEOPLE, MAX_QUOTES } from '@/utils/interview/limits';
import { toReport } from '@/utils/interview/report';
import { readInterview } from '@/utils/lens/interview-view';
import { capsIn } from '@/utils/messages/summary';
import { capsSentences } from '@/utils/popup/caps-sentences';
import { manyPeople } from '../../fixtures/hostile/generated';
import { loadPage } from './fixtures';

/** The generated page of 50,000 people, each quoted once, as the analyser and the lens read it. */
describe('a page naming 50,000 people', () => {
  let analysis: InterviewAnalysis;
  beforeAll(() => {
    const doc = loadPage({
      name: 'generated/many-people.html',
      file: '',
      html: manyPeople(50_000),
      expected: { isInterview: true, format: 'narrative' },
    });
    analysis = analyzeInterview(doc, catalog as CatalogEntry[]);
  }, 120_000);

  it('is followed up to the caps: 200 people, 20,000 quotes attributed, and says so', () => {
    expect(analysis.isInterview).toBe(true);
    expect(analysis.speakers.length).toBeLessThanOrEqual(MAX_PEOPLE);
    expect(analysis.speakers.length).toBeGreaterThan(MAX_PEOPLE / 2);
    expect(analysis.quotes).toHaveLength(MAX_QUOTES);
    expect(analysis.capped?.people?.kept).toBe(MAX_PEOPLE);
    // People are met in the quotes attributed, the first 20,000: each names someone new.
    expect(analysis.capped?.people?.found).toBeGreaterThan(MAX_QUOTES - 100);
    expect(analysis.capped?.quotes).toEqual({ found: expect.any(Number), kept: MAX_QUOTES });
    expect(analysis.capped!.quotes!.found).toBeGreaterThanOrEqual(50_000);
    // Quotes of people past the cap are nobody's; those of people followed keep their speaker.
    expect(analysis.quotes.filter((quote) => quote.speaker).length).toBeGreaterThan(MAX_PEOPLE / 2);
    for (const quote of analysis.quotes) if (quote.speaker) expect(analysis.speakers).toContain(quote.speaker);
  });

  it('reports the caps to the popup, which reads them back and says them in plain sentences', () => {
    const report = toReport(analysis);
    const arrived = capsIn(JSON.parse(JSON.stringify(report)));
    expect(arrived).toEqual(analysis.capped);
    const sentences = capsSentences(arrived);
    expect(sentences[0]).toMatch(
      /^This page names more people than the lens follows \(at least 19,\d{3}\); the first 200 are shown\.$/,
    );
    expect(sentences[1]).toMatch(
      /^This page holds more quotes than the lens attributes \(5\d,\d{3}\); the first 20,000 are attributed\.$/,
    );
  });

  it('is read by the lens, whose summary for the popup carries the caps but not the quotes', () => {
    const summary = readInterview(document).report();
    expect('capped' in summary && summary.capped?.people?.kept).toBe(MAX_PEOPLE);
    expect('quotes' in summary).toBe(false);
  }, 120_000);
});
