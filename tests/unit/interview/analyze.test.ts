import { afterAll, describe, expect, it } from 'vitest';
import catalog from '@/utils/catalog/catalog.json';
import type { CatalogEntry } from '@/utils/catalog/entry';
import { analyzeInterview } from '@/utils/interview/analyze';
import { fixturePages, loadPage } from './fixtures';

const entries = catalog as CatalogEntry[];
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const interviews = fixturePages().filter((page) => page.expected.isInterview);
const totals = { formats: 0, formatsRight: 0, speakers: 0, speakersFound: 0, quotes: 0, quotesFound: 0, quotesAttributed: 0, projects: 0, projectsFound: 0, projectsReported: 0 };

describe('the seed-like interview (“Why PyTorch Won”)', () => {
  const page = interviews.find((candidate) => candidate.name.includes('tns-why-pytorch-won'))!;
  const analysis = analyzeInterview(loadPage(page), entries);

  it('is a narrative interview by Frederic Lardinois with Luca Antiga in both his roles', () => {
    expect(analysis).toMatchObject({ isInterview: true, format: 'narrative', interviewer: { name: 'Frederic Lardinois' } });
    expect(analysis.speakers.map((speaker) => speaker.name)).toEqual(['Luca Antiga']);
    expect(analysis.speakers[0]).toMatchObject({
      aliases: expect.arrayContaining(['Antiga']),
      roles: ['head of the Technical Advisory Council for the PyTorch Foundation', 'CTO of end-to-end AI platform Lightning AI'],
      organisation: 'Lightning AI',
    });
  });

  it('gives every quote to Antiga, including “he said” and the unattributed follow-on paragraph, and skips the book title', () => {
    expect(analysis.quotes.map((quote) => [squash(quote.text), quote.speaker?.name])).toEqual(page.expected.quotes!.map((quote) => [quote.text, quote.speaker]));
    expect(analysis.quotes.some((quote) => quote.text.includes('Deep Learning with PyTorch'))).toBe(false);
  });

  it('recognises the projects', () => {
    const names = analysis.projects.map((project) => project.entry.name);
    for (const name of ['PyTorch', 'vLLM', 'SGLang', 'Ray', 'DeepSpeed', 'JAX', 'PyTorch Foundation', 'Lightning AI']) expect(names).toContain(name);
  });
});

describe('interview fixtures: speakers, attribution and projects', () => {
  for (const page of interviews) {
    it(`${page.name}`, () => {
      const analysis = analyzeInterview(loadPage(page), entries);
      const expected = page.expected;
      // Per page: who asks the questions.
      expect(analysis.interviewer?.name ?? null).toBe(expected.interviewer?.name ?? null);
      totals.formats++;
      if (analysis.format === expected.format) totals.formatsRight++;
      const speakerNames = new Set(analysis.speakers.map((speaker) => speaker.name));
      totals.speakers += expected.speakers?.length ?? 0;
      totals.speakersFound += expected.speakers?.filter((speaker) => speakerNames.has(speaker.name)).length ?? 0;
      for (const quote of expected.quotes ?? []) {
        totals.quotes++;
        const found = analysis.quotes.find((candidate) => squash(candidate.text) === squash(quote.text));
        if (found) totals.quotesFound++;
        if (found && (found.speaker?.name ?? null) === quote.speaker) totals.quotesAttributed++;
      }
      const projectNames = new Set(analysis.projects.map((project) => project.entry.name));
      totals.projects += expected.projects?.length ?? 0;
      totals.projectsFound += expected.projects?.filter((name) => projectNames.has(name)).length ?? 0;
      totals.projectsReported += projectNames.size;
      // Never an exception, and every quote's text is really in the article.
      for (const quote of analysis.quotes) expect(squash(analysis.index.text)).toContain(squash(quote.text).split(' ').slice(0, 4).join(' '));
    });
  }

  // Runs after the pages above (tests in a file run in order): a floor under today's figures.
  it('meets the aggregate floor on all interview fixtures', () => {
    const figures = aggregate();
    expect(figures.speakerRecall).toBeGreaterThanOrEqual(0.7);
    expect(figures.quoteRecall).toBeGreaterThanOrEqual(0.8);
    expect(figures.attributionAccuracy).toBeGreaterThanOrEqual(0.75);
    expect(figures.projectRecall).toBeGreaterThanOrEqual(0.6);
    expect(figures.projectPrecision).toBeGreaterThanOrEqual(0.8);
  });

  afterAll(() => {
    const figures = aggregate();
    console.log(`interview analysis: ${Object.entries(figures).map(([key, value]) => `${key} ${value.toFixed(2)}`).join(', ')} (${JSON.stringify(totals)})`);
  });
});

function aggregate() {
  const ratio = (a: number, b: number) => (b ? a / b : 1);
  return {
    formatAccuracy: ratio(totals.formatsRight, totals.formats),
    speakerRecall: ratio(totals.speakersFound, totals.speakers),
    quoteRecall: ratio(totals.quotesFound, totals.quotes),
    attributionAccuracy: ratio(totals.quotesAttributed, totals.quotes),
    projectRecall: ratio(totals.projectsFound, totals.projects),
    projectPrecision: ratio(totals.projectsFound, totals.projectsReported),
  };
}
