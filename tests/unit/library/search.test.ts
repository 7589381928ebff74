import { describe, expect, it } from 'vitest';
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';
import { COLOURS } from '@/utils/paint/colours';
import { joinRows } from '@/utils/library/rows';
import { buildSearchIndex, parseQuery, search } from '@/utils/library/search';
import { articles, highlight, highlights } from './fixtures';

const index = buildSearchIndex(joinRows(articles, highlights));
const find = (query: string) => search(index, query).map((row) => row.highlight.id);

describe('search', () => {
  it('returns every highlight, in library order, for an empty or blank query', () => {
    expect(find('')).toEqual(index.rows.map((row) => row.highlight.id));
    expect(find('   ')).toHaveLength(highlights.length);
  });

  it('finds a highlight by a word of its note, whatever the case', () => {
    expect(find('ADOPTION')).toEqual(['tns-why']);
  });

  it('finds words in the quote, tags, projects, article title, site and speaker', () => {
    expect(find('handful')).toEqual(['podcast-scale']);
    expect(find('crawling')).toEqual(['museum-crawl']);
    expect(find('deepspeed')).toEqual(['tns-ray']);
    expect(find('museum at a time')).toEqual(['museum-links', 'museum-crawl']);
    expect(find('sessions')).toEqual(['podcast-scale', 'podcast-open']);
    expect(find('lardinois')).toEqual(['tns-jax']);
  });

  it('ignores accents both ways', () => {
    expect(find('zoe')).toEqual(['museum-links']);
    expect(find('Zoë')).toEqual(['museum-links']);
    expect(find('resume')).toEqual(['museum-links']);
    expect(find('Sebastián')).toEqual(['museum-crawl']);
    expect(find('cafe digital')).toEqual(['museum-links', 'museum-crawl']);
  });

  it('requires every word (AND), in any order', () => {
    expect(find('pytorch antiga')).toEqual(['tns-why', 'tns-inference', 'tns-ray']);
    expect(find('antiga inference')).toEqual(['tns-inference', 'tns-ray']);
    expect(find('antiga museum')).toEqual([]);
  });

  it('keeps a quoted phrase together, with straight or curly quotes', () => {
    expect(find('"ordinary python"')).toEqual(['tns-why']);
    expect(find('“python ordinary”')).toEqual([]);
    expect(find('"neutral home" vllm')).toEqual(['tns-inference']);
    expect(find('"training at')).toEqual(['podcast-scale', 'podcast-open']);
  });

  it('does not match a phrase across two fields of a highlight', () => {
    // museum-crawl's quote ends "slowly." and, having no note, is followed by its article title.
    expect(find('"slowly. archiving"')).toEqual([]);
    expect(find('"slowly."')).toEqual(['museum-crawl']);
  });

  it('narrows terms to one field with speaker:, tag:, project:, site: and colour:', () => {
    expect(find('speaker:antiga')).toEqual(['podcast-scale', 'podcast-open', 'tns-why', 'tns-inference', 'tns-ray']);
    expect(find('speaker:"luca antiga" colour:pink')).toEqual(['podcast-scale']);
    expect(find('color:green')).toEqual(['tns-inference', 'tns-ray']);
    expect(find('tag:inference')).toEqual(['tns-inference', 'tns-ray']);
    expect(find('project:vllm')).toEqual(['podcast-scale', 'tns-inference']);
    expect(find('site:cafe')).toEqual(['museum-links', 'museum-crawl']);
    // "inference" is in the tags of tns-inference but appears in no speaker's name.
    expect(find('speaker:inference')).toEqual([]);
  });

  it('treats a bare or unknown prefix as the reader intends', () => {
    expect(parseQuery('speaker:')).toEqual([]);
    expect(parseQuery('speaker: antiga')).toEqual([{ field: 'all', text: 'antiga' }]);
    expect(parseQuery('https://example.org')).toEqual([{ field: 'all', text: 'https://example.org' }]);
    expect(parseQuery('Tag:"Open  Source"')).toEqual([{ field: 'tags', text: 'open source' }]);
  });

  it('does not search the stand-in title of a highlight whose article is missing', () => {
    expect(find('unknown')).toEqual([]);
    expect(find('prediction')).toEqual(['lost-quote']);
  });
});

describe('search over a large library', () => {
  const WORDS = [
    'framework',
    'compiler',
    'kernel',
    'dataset',
    'benchmark',
    'scheduler',
    'tensor',
    'gradient',
    'cluster',
    'runtime',
  ];
  const SPEAKERS = ['Ada Osei', 'Jonas Müller', 'Mei Tanaka', 'Olúwaseun Adé'];

  function library(articleCount: number, perArticle: number) {
    const saved: ArticleRecord[] = [];
    const all: HighlightRecord[] = [];
    for (let a = 0; a < articleCount; a++) {
      saved.push({
        id: `a${a}`,
        url: `https://example.org/${a}`,
        urls: [],
        title: `Interview number ${a}`,
        site: `Site ${a % 7}`,
        firstSeenAt: a,
        updatedAt: a,
      });
      for (let h = 0; h < perArticle; h++) {
        const n = a * perArticle + h;
        const words = Array.from({ length: 30 }, (_, w) => WORDS[(n * 7 + w * 3) % WORDS.length]).join(' ');
        all.push(
          highlight(`h${n}`, `a${a}`, `${words} and so on`, h * 100, {
            colour: COLOURS[n % COLOURS.length],
            // One highlight in 97 carries the planted note the test searches for.
            note: n % 97 === 0 ? `Remember Ørsted’s café note ${n}` : `ordinary note ${n}`,
            tags: [`tag${n % 13}`],
            speaker: { name: SPEAKERS[n % SPEAKERS.length]!, roles: [] },
            createdAt: n,
          }),
        );
      }
    }
    return { saved, all };
  }

  it('finds exactly the right rows among 10,000', () => {
    const { saved, all } = library(100, 100);
    const rows = joinRows(saved, all);
    expect(rows).toHaveLength(10_000);

    let started = performance.now();
    const big = buildSearchIndex(rows);
    const built = performance.now() - started;

    started = performance.now();
    const found = search(big, '"ørsted\'s cafe" remember');
    const searched = performance.now() - started;
    console.log(
      `library search: index of 10,000 rows built in ${built.toFixed(1)} ms, searched in ${searched.toFixed(1)} ms`,
    );

    const planted = all.filter((_, n) => n % 97 === 0).map((h) => h.id);
    expect(found.map((row) => row.highlight.id).sort()).toEqual(planted.sort());
    expect(search(big, 'olúwaseun').every((row) => row.highlight.speaker?.name === 'Olúwaseun Adé')).toBe(true);
    expect(search(big, 'oluwaseun')).toHaveLength(2500);
    expect(search(big, 'speaker:ada tag:tag0')).toHaveLength(all.filter((_h, n) => n % 4 === 0 && n % 13 === 0).length);
  });
});

describe('building the index again after the rows change', () => {
  it('finds what changed (an edited note, a renamed article) and folds only new or changed rows', () => {
    const cache = new Map();
    const before = buildSearchIndex(joinRows(articles, highlights), cache);
    const edited = highlights.map((one) =>
      one.id === 'tns-why' ? { ...one, note: 'a brand new thought', updatedAt: one.updatedAt + 1 } : one,
    );
    const renamed = articles.map((one, k) =>
      k === 0 ? { ...one, title: 'Retitled', updatedAt: one.updatedAt + 1 } : one,
    );
    const after = buildSearchIndex(joinRows(renamed, edited), cache);
    expect(search(after, 'brand new').map((row) => row.highlight.id)).toEqual(['tns-why']);
    expect(search(after, 'adoption')).toEqual([]);
    expect(search(after, 'retitled').length).toBeGreaterThan(0);
    // A row whose highlight and article did not change keeps the haystack built before.
    const unchanged = after.rows.findIndex(
      (row) => row.article.id !== renamed[0]!.id && row.highlight.id !== 'tns-why',
    );
    const was = before.rows.findIndex((row) => row.highlight.id === after.rows[unchanged]!.highlight.id);
    expect(after.haystacks[unchanged]).toBe(before.haystacks[was]);
  });
});
