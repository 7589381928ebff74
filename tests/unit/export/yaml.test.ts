import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '@/utils/export/markdown';
import { frontMatter, yamlString } from '@/utils/export/yaml';
import { hostileArticle, hostileHighlights, pytorchArticle, pytorchHighlights } from './records';
import { readFrontMatter } from './yaml-reader';

/** Strings a YAML reader would take for something else, or choke on, if written plain. */
const TRICKY = [
  'yes',
  'No',
  'ON',
  'off',
  'y',
  'n',
  '~',
  'null',
  'True',
  'false',
  '=',
  '<<',
  '3.14',
  '1e3',
  '0x1F',
  '0o17',
  '017',
  '+1',
  '-1',
  '.5',
  '.inf',
  '-.Inf',
  '.NaN',
  '1_000',
  '12:30:00',
  '2025-01-01',
  '2025-01-01T10:00:00Z',
  '- dash',
  '-dash',
  '? question',
  ': colon',
  'a: b',
  'ends with colon:',
  'a #comment',
  'a#b',
  '#hash',
  '[flow]',
  '{map}',
  ',comma',
  '&anchor',
  '*alias',
  '!tag',
  '|literal',
  '>folded',
  "'single",
  '"double',
  '%directive',
  '@at',
  '`tick',
  ' leading space',
  'trailing space ',
  '\ttab',
  'line\nbreak',
  'crlf\r\nline',
  'line\u2028separator',
  'paragraph\u2029separator',
  'next\u0085line',
  'bell\u0007',
  'nul\u0000',
  'bom\ufeff',
  'del\u007f',
  'back\\slash',
  'quote " inside',
  '...',
  '---',
  '',
  'Why PyTorch Won',
  'emoji 🚀 👩🏽‍💻',
  'עברית ועוד',
  'العربية',
  '[[x]] %%c%% ^id',
];

describe('front matter', () => {
  it('reads back every tricky string exactly, as a value and as a list item', () => {
    for (const value of TRICKY) {
      const yaml = `${frontMatter([
        ['title', value],
        ['list', [value, 'plain']],
      ])}\n`;
      expect(readFrontMatter(yaml), JSON.stringify(value)).toEqual({ title: value, list: [value, 'plain'] });
    }
  });

  it('leaves ordinary text unquoted, so the properties stay easy to read and edit', () => {
    expect(yamlString('Why PyTorch Won')).toBe('Why PyTorch Won');
    expect(yamlString('Luca Antiga')).toBe('Luca Antiga');
    expect(yamlString('yes')).toBe('"yes"');
    expect(yamlString('line\u2028separator')).toBe('"line\\Lseparator"');
  });

  it('writes the article properties that Obsidian shows, with the first-saved day as a date', () => {
    const note = articleMarkdown(pytorchArticle, pytorchHighlights, { blockIds: true, groupBySpeaker: false });
    expect(readFrontMatter(note)).toEqual({
      title: 'Why PyTorch Won',
      source: 'https://thenewstack.io/why-pytorch-won/',
      site: 'The New Stack',
      author: 'Frederic Lardinois',
      speakers: ['Luca Antiga', 'Frederic Lardinois'],
      projects: ['PyTorch', 'vLLM', 'SGLang', 'Ray', 'DeepSpeed', 'JAX'],
      published: '2025-10-22T09:00:00-07:00',
      created: new Date('2025-10-23T00:00:00Z'),
      tags: ['foundation', 'developer-experience', 'pytorch', 'inference', 'distributed-training', 'jax'],
    });
  });

  it('keeps hostile titles, names and projects intact, and makes tags Obsidian accepts', () => {
    const note = articleMarkdown(hostileArticle, hostileHighlights, { blockIds: false, groupBySpeaker: false });
    expect(readFrontMatter(note)).toEqual({
      title: ': # [[x]] ---',
      source: 'https://example.org/q&a/a b/(draft)<1>',
      site: '- The "Site" | #1',
      author: 'yes',
      speakers: ['Dr. Ada "The Hacker" [[Lovelace]]', 'דוד כהן'],
      projects: ['Ray: the framework', 'true', 'null'],
      published: 'Spring 2025',
      created: new Date('2025-10-23T00:00:00Z'),
      tags: ['tag-with-spaces', 'C', 'nested/tag', '_2024', 'עברית'],
    });
  });

  it('writes a plain published date as a date and leaves out what the article lacks', () => {
    const bare = { ...pytorchArticle, published: '2025-10-22', author: undefined };
    expect(readFrontMatter(articleMarkdown(bare, [], { blockIds: true, groupBySpeaker: false }))).toEqual({
      title: 'Why PyTorch Won',
      source: 'https://thenewstack.io/why-pytorch-won/',
      site: 'The New Stack',
      published: new Date('2025-10-22T00:00:00Z'),
      created: new Date('2025-10-23T00:00:00Z'),
    });
  });
});
