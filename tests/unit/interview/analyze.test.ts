import { describe, expect, it } from 'vitest';
import catalog from '@/utils/catalog/catalog.json';
import type { CatalogEntry } from '@/utils/catalog/schema';
import { analyzeInterview, type InterviewAnalysis } from '@/utils/interview/analyze';
import { normalise, roleFits } from '../../../scripts/eval/score';
import { fixturePages, loadPage, type FixturePage } from './fixtures';

const entries = catalog as CatalogEntry[];
/** A project as the catalog names it ("Amazon Web Services" is the entry AWS). */
const entryName = new Map(
  entries.flatMap((entry) => [entry.name, ...entry.aliases].map((name) => [name, entry.name] as const)),
);
const interviews = fixturePages().filter((page) => page.expected.isInterview);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const analysed = new Map<FixturePage, InterviewAnalysis>();
const analysisOf = (page: FixturePage) => {
  if (!analysed.has(page)) analysed.set(page, analyzeInterview(loadPage(page), entries));
  return analysed.get(page)!;
};

describe('the seed article in its own words (“Why PyTorch Won”, The New Stack markup)', () => {
  const page = interviews.find((candidate) => candidate.name.endsWith('tns-why-pytorch-won-seed.html'))!;

  it('is a narrative interview by Frederic Lardinois with Luca Antiga, the linked name after “in San Francisco, I sat down with”, in both his roles', () => {
    const analysis = analysisOf(page);
    expect(analysis).toMatchObject({
      isInterview: true,
      format: 'narrative',
      interviewer: { name: 'Frederic Lardinois' },
    });
    expect(analysis.speakers.map((speaker) => speaker.name)).toEqual(['Luca Antiga']);
    expect(analysis.speakers[0]).toMatchObject({
      aliases: expect.arrayContaining(['Antiga']),
      roles: [
        'head of the Technical Advisory Council for the PyTorch Foundation',
        'CTO of end-to-end AI platform Lightning AI',
      ],
      organisation: 'Lightning AI',
    });
  });

  it('gives all nine of his quotes to him, the “pythonic” one and the follow-on spans included, and skips the book title', () => {
    const analysis = analysisOf(page);
    expect(analysis.quotes.map((quote) => [squash(quote.text), quote.speaker?.name])).toEqual(
      page.expected.quotes!.map((quote) => [quote.text, quote.speaker]),
    );
    expect(analysis.quotes).toHaveLength(9);
    expect(analysis.quotes.some((quote) => quote.text.includes('Deep Learning with PyTorch'))).toBe(false);
  });

  it('recognises the eight projects of the article and nothing from its sidebar', () => {
    const names = analysisOf(page).projects.map((project) => project.entry.name);
    for (const name of ['PyTorch', 'vLLM', 'SGLang', 'Ray', 'DeepSpeed', 'JAX', 'PyTorch Foundation', 'Lightning AI'])
      expect(names).toContain(name);
    for (const name of ['Keras', 'Mojo', 'TensorFlow', 'Triton', 'Kubernetes']) expect(names).not.toContain(name);
  });
});

// Every page on its own: one page collapsing fails its own test, never hidden by an average.
describe('interview fixtures, page by page', () => {
  for (const page of interviews) {
    const expected = page.expected;
    describe(page.name, () => {
      it(`is a ${expected.format} interview asked by ${expected.interviewer?.name ?? 'nobody named'}`, () => {
        const analysis = analysisOf(page);
        expect({
          isInterview: analysis.isInterview,
          format: analysis.format,
          interviewer: analysis.interviewer?.name ?? null,
        }).toEqual({
          isInterview: true,
          format: expected.format,
          interviewer: expected.interviewer?.name ?? null,
        });
      });

      it('reports exactly the people who speak, each with the roles the page gives them', () => {
        const analysis = analysisOf(page);
        expect(analysis.speakers.map((speaker) => speaker.name).sort()).toEqual(
          (expected.speakers ?? []).map((speaker) => speaker.name).sort(),
        );
        for (const speaker of expected.speakers ?? []) {
          const found = analysis.speakers.find((candidate) => candidate.name === speaker.name)!;
          const roles = [
            ...found.roles,
            ...(analysis.interviewer?.name === speaker.name ? analysis.interviewer.roles : []),
          ];
          for (const role of speaker.roles ?? [])
            expect(
              roles.some((candidate) => roleFits(candidate, role)),
              `${speaker.name}: “${role}” in ${JSON.stringify(roles)}`,
            ).toBe(true);
        }
      });

      it('finds every quote and turn with its speaker, and nothing else', () => {
        const got = analysisOf(page).quotes.map((quote) => [normalise(quote.text), quote.speaker?.name ?? null]);
        expect(got).toEqual((expected.quotes ?? []).map((quote) => [normalise(quote.text), quote.speaker]));
      });

      it('recognises the projects the catalog knows, and only projects the page names', () => {
        const analysis = analysisOf(page);
        const names = analysis.projects.map((project) => project.entry.name);
        for (const name of (expected.projects ?? []).filter((project) => entryName.has(project)))
          expect(names).toContain(entryName.get(name));
        const allowed = new Set(
          [...(expected.projects ?? []), ...(expected.projectsOptional ?? [])].map(
            (name) => entryName.get(name) ?? name,
          ),
        );
        expect(names.filter((name) => !allowed.has(name))).toEqual([]);
        // Every quote's words are really in the article.
        for (const quote of analysis.quotes)
          expect(squash(analysis.index.text)).toContain(squash(quote.text).split(' ').slice(0, 4).join(' '));
      });
    });
  }
});
