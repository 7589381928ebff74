import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import catalog from '@/utils/catalog/catalog.json';
import { createMatcher } from '@/utils/catalog/matcher';
import { CatalogEntrySchema, type CatalogEntry } from '@/utils/catalog/schema';

const entries = catalog as CatalogEntry[];

describe('the bundled catalog', () => {
  it('has at least 300 entries, each valid against the schema', () => {
    expect(entries.length).toBeGreaterThanOrEqual(300);
    const result = z.array(CatalogEntrySchema).safeParse(entries);
    expect(result.success ? 'valid' : z.prettifyError(result.error)).toBe('valid');
  });

  it('has no name or alias twice', () => {
    const names = entries.flatMap((entry) => [entry.name, ...entry.aliases].map((name) => name.toLowerCase()));
    expect(names.filter((name, k) => names.indexOf(name) !== k)).toEqual([]);
  });

  it('covers the projects of the reference interview', () => {
    const names = new Set(entries.map((entry) => entry.name));
    for (const name of ['PyTorch', 'PyTorch Foundation', 'Lightning AI', 'vLLM', 'SGLang', 'Ray', 'DeepSpeed', 'JAX'])
      expect(names).toContain(name);
  });
});

describe('createMatcher', () => {
  const match = createMatcher(entries);
  const names = (text: string, links: string[] = []) => match(text, links).map((mention) => mention.entry.name);

  it('finds names whole-word and case-aware, longest first', () => {
    expect(
      names('The PyTorch Foundation added vLLM; PyTorch’s reach grew. pytorch in lower case is not a name.'),
    ).toEqual(['PyTorch Foundation', 'vLLM', 'PyTorch']);
    expect(names('unvLLMish words and vLLMish ones do not count')).toEqual([]);
  });

  it('reads a plural or genitive “s” and the name before a hyphen of a compound', () => {
    expect(names('After the first iPhones shipped, ein Mitglied des Chaos Computer Clubs schrieb.')).toEqual([
      'iPhone',
      'Chaos Computer Club',
    ]);
    expect(names('Er hat ein YouTube-Video gedreht, and the stack is Kubernetes-native.')).toEqual([
      'YouTube',
      'Kubernetes',
    ]);
    // A plain word plus "s" is another word: HTML5 Canvas is not Canva.
    expect(names('It draws on HTML5 Canvas elements.')).not.toContain('Canva');
    // A Title Case headline runs on: "Google Meets" is Google meeting someone.
    expect(names('Google Meets EU Regulators')).toEqual(['Google']);
    // Before a hyphen, a name that is also a word does not count, context or not.
    expect(names('Der Go-Live-Termin der neuen Programmiersprache steht.')).toEqual([]);
  });

  it('reads an endless hyphenated compound once, not once per part', () => {
    expect(names(`${'YouTube-'.repeat(25_000)}Video`)).toEqual(['YouTube']);
  });

  it('finds names joined by “&” with or without spaces', () => {
    expect(names('Weights & Biases, or W&B, tracks the runs.')).toEqual(['Weights & Biases', 'Weights & Biases']);
    expect(names('A Q&A on W&Bx, a made-up tool')).toEqual([]); // a letter after the last part: another word
  });

  it('needs context for ambiguous names', () => {
    expect(names('A ray of light came through the window.')).toEqual([]);
    expect(names('Ray, the distributed computing framework, scales Python.')).toContain('Ray');
    expect(names('I learned to Go fishing.')).not.toContain('Go');
    // An everyday word needs the phrases that name the tool, not Kubernetes talk nearby.
    expect(names('It is the kind of Kubernetes cluster nobody talks about.')).not.toContain('kind');
    expect(names('Our tests spin up a kind cluster for each pull request.')).toContain('kind');
  });

  it('takes a link to the project as confirmation', () => {
    const ray = entries.find((entry) => entry.name === 'Ray')!;
    expect(names('They joined Ray.', [ray.homepage ?? ray.repository!])).toContain('Ray');
  });

  it('matches entries the reader adds', () => {
    const own = createMatcher([
      ...entries,
      {
        name: 'Quillmark',
        aliases: [],
        kind: 'developer-tool',
        description: 'A static site generator.',
        userAdded: true,
      },
    ]);
    expect(own('We moved the docs to Quillmark.').map((mention) => mention.entry.name)).toEqual(['Quillmark']);
  });
});
