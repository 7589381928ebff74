import { describe, expect, it } from 'vitest';
import { applyFilter, facetCounter } from '@/utils/library/filters';
import { fold, tidy } from '@/utils/library/fold';
import { groupByName } from '@/utils/library/groups';
import { joinRows, LibraryJoin } from '@/utils/library/rows';
import { articles, highlights } from './fixtures';

const rows = joinRows(articles, highlights);
const ids = (filtered: typeof rows) => filtered.map((row) => row.highlight.id);
/** The choices counted afresh, as the popup's first list is. */
const facets = (listed: typeof rows) => facetCounter()(listed);

describe('applyFilter', () => {
  it('keeps every row when nothing is picked, or a dropdown is back on “all”', () => {
    expect(applyFilter(rows, {})).toEqual(rows);
    expect(applyFilter(rows, { tag: '', speaker: '' })).toEqual(rows);
  });

  it('filters by colour', () => {
    expect(ids(applyFilter(rows, { colour: 'green' }))).toEqual(['tns-inference', 'tns-ray']);
  });

  it('filters by tag, whatever its case', () => {
    expect(ids(applyFilter(rows, { tag: 'inference' }))).toEqual(['tns-inference', 'tns-ray']);
    expect(ids(applyFilter(rows, { tag: 'Foundation' }))).toEqual(['podcast-open', 'tns-inference']);
  });

  it('filters by speaker across every spelling of their name', () => {
    expect(ids(applyFilter(rows, { speaker: 'Luca Antiga' }))).toEqual([
      'podcast-scale',
      'podcast-open',
      'tns-why',
      'tns-inference',
      'tns-ray',
    ]);
    expect(ids(applyFilter(rows, { speaker: 'zoe brennan' }))).toEqual(['museum-links']);
  });

  it('filters by project and by site', () => {
    expect(ids(applyFilter(rows, { project: 'VLLM' }))).toEqual(['podcast-scale', 'tns-inference']);
    expect(ids(applyFilter(rows, { site: 'Cafe Digital' }))).toEqual(['museum-links', 'museum-crawl']);
  });

  it('requires every picked filter at once', () => {
    expect(ids(applyFilter(rows, { speaker: 'Luca Antiga', tag: 'foundation' }))).toEqual([
      'podcast-open',
      'tns-inference',
    ]);
    expect(ids(applyFilter(rows, { speaker: 'Luca Antiga', tag: 'foundation', colour: 'green' }))).toEqual([
      'tns-inference',
    ]);
    expect(applyFilter(rows, { speaker: 'Luca Antiga', site: 'Café Digital' })).toEqual([]);
  });
});

describe('facets', () => {
  const available = facets(rows);

  it('counts highlights per colour, most used first, then by name', () => {
    expect(available.colour).toEqual([
      { value: 'yellow', count: 4 },
      { value: 'green', count: 2 },
      { value: 'blue', count: 1 },
      { value: 'pink', count: 1 },
      { value: 'purple', count: 1 },
    ]);
  });

  it('merges tags that differ only in case, preferring the capitalised spelling on a tie', () => {
    expect(available.tag).toEqual([
      { value: 'archives', count: 2 },
      { value: 'foundation', count: 2 },
      { value: 'Inference', count: 2 },
      { value: 'crawling', count: 1 },
      { value: 'history', count: 1 },
      { value: 'training', count: 1 },
    ]);
  });

  it('offers each speaker once, however the articles spelled them', () => {
    expect(available.speaker).toEqual([
      { value: 'Luca Antiga', count: 5 },
      { value: 'Frederic Lardinois', count: 1 },
      { value: 'Priya Raman', count: 1 },
      { value: 'Sebastian Ortega', count: 1 },
      { value: 'Zoë Brennan', count: 1 },
    ]);
  });

  it('counts projects and sites, leaving out the missing article’s empty site', () => {
    expect(available.project.slice(0, 2)).toEqual([
      { value: 'PyTorch', count: 3 },
      { value: 'vLLM', count: 2 },
    ]);
    expect(available.project.map((project) => project.value)).toEqual([
      'PyTorch',
      'vLLM',
      'DeepSpeed',
      'JAX',
      'Ray',
      'SGLang',
    ]);
    expect(available.site).toEqual([
      { value: 'The New Stack', count: 4 },
      { value: 'Café Digital', count: 2 },
      { value: 'Open Source Sessions', count: 2 },
    ]);
  });

  it('narrows to the rows it is given, so dropdowns can follow a search', () => {
    expect(facets(applyFilter(rows, { colour: 'green' })).speaker).toEqual([{ value: 'Luca Antiga', count: 2 }]);
  });
});

describe('facetCounter', () => {
  it('gives the choices a fresh count gives, as highlights come, change and go', () => {
    const count = facetCounter();
    const join = new LibraryJoin();
    join.setArticles(articles);
    const spellings = ['Inference', 'inference', 'INFERENCE', 'training', 'Training'];
    for (let step = 0; step < 120; step++) {
      const saved = highlights[step % highlights.length]!;
      if (step % 7 === 3) join.remove(saved.id);
      else
        join.put({
          ...saved,
          // Spellings cross over: the tag's name must follow whichever most highlights use.
          tags: [spellings[(step * 3) % spellings.length]!, spellings[step % 2]!],
          colour: (['yellow', 'green', 'blue'] as const)[step % 3]!,
        });
      const rows = join.rows();
      const counted = count(rows);
      expect(counted, `step ${step}`).toEqual(facets(rows));
      // And as the People and Projects views group names (a plain grouping, not counted as rows change).
      const tags = groupByName(rows, (row) => row.highlight.tags.map(tidy), fold);
      expect(counted.tag).toEqual(tags.map(({ name, rows: having }) => ({ value: name, count: having.length })));
    }
    expect(count([])).toEqual({ colour: [], tag: [], speaker: [], project: [], site: [] });
  });

  it('hands back the same choices when no row changed', () => {
    const count = facetCounter();
    const first = count(rows);
    expect(count([...rows])).toBe(first);
  });
});
