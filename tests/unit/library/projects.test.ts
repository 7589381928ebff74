import { describe, expect, it } from 'vitest';
import { projectsOf } from '@/utils/library/projects';
import { joinRows } from '@/utils/library/rows';
import { articles, highlights, lightning, museum, pytorch } from './fixtures';

const projects = projectsOf(joinRows(articles, highlights));
const named = (name: string) => projects.find((project) => project.name === name)!;

describe('projectsOf', () => {
  it('lists every project named in a highlight, most named first, then by name', () => {
    expect(projects.map((project) => [project.name, project.count])).toEqual([
      ['PyTorch', 3],
      ['vLLM', 2],
      ['DeepSpeed', 1],
      ['JAX', 1],
      ['Ray', 1],
      ['SGLang', 1],
    ]);
  });

  it('merges spellings of one project, showing the capitalised one', () => {
    expect(projects.filter((project) => project.key === 'vllm')).toMatchObject([{ name: 'vLLM', count: 2 }]);
  });

  it('groups the highlights naming a project by article, newest article first', () => {
    expect(named('vLLM').articles.map((group) => [group.article, group.highlights.map((h) => h.id)])).toEqual([
      [lightning, ['podcast-scale']],
      [pytorch, ['tns-inference']],
    ]);
    expect(named('PyTorch').articles).toHaveLength(1);
    expect(named('PyTorch').articles[0]!.highlights.map((h) => h.id)).toEqual(['tns-why', 'tns-jax', 'tns-inference']);
  });

  it('still lists a project whose only highlight could not be re-found on its page', () => {
    expect(named('DeepSpeed').articles[0]!.highlights).toMatchObject([{ id: 'tns-ray', anchorState: 'orphaned' }]);
  });

  it('has nothing to show when no highlight names a project', () => {
    expect(
      projectsOf(
        joinRows(
          articles,
          highlights.filter((h) => !h.projects),
        ),
      ),
    ).toEqual([]);
  });

  it('lists the articles that name a project, and projects only an article names, after those near highlights', () => {
    const naming = [
      { ...pytorch, projects: ['PyTorch', 'vLLM', 'Triton'] },
      { ...lightning, projects: ['PyTorch', 'Lightning'] },
      museum,
    ];
    const withArticles = projectsOf(joinRows(naming, highlights));
    const find = (name: string) => withArticles.find((project) => project.name === name)!;
    // PyTorch: highlighted in one article, named in both.
    expect(find('PyTorch')).toMatchObject({
      count: 3,
      mentionedIn: [
        expect.objectContaining({ id: 'podcast-lightning' }),
        expect.objectContaining({ id: 'tns-pytorch' }),
      ],
    });
    expect(find('Triton')).toMatchObject({
      count: 0,
      articles: [],
      mentionedIn: [expect.objectContaining({ id: 'tns-pytorch' })],
    });
    expect(
      withArticles
        .slice(-2)
        .map((project) => project.name)
        .sort(),
    ).toEqual(['Lightning', 'Triton']);
  });
});
