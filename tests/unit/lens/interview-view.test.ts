import { describe, expect, it } from 'vitest';
import { readInterview } from '@/utils/lens/interview-view';
import { fixturePages, loadPage } from '../interview/fixtures';

const seed = fixturePages().find((page) => page.name === 'interviews/tns-why-pytorch-won.html')!;

describe('names shown long after the page was read', () => {
  it('are skipped, never thrown on or misplaced, where the page changed their text since', () => {
    const view = readInterview(loadPage(seed));
    const spans = view.mentionSpans();
    const antiga = spans.filter((span) => span.target.kind === 'speaker');
    expect(antiga.length).toBeGreaterThan(3);
    for (const span of antiga) expect(view.materialize(span)?.range.toString()).toMatch(/Antiga/);

    // A single-page app rewrites the paragraph of one mention: shorter, then same length but other words.
    const [first, second] = antiga.map((span) => view.materialize(span)!);
    (first!.range.startContainer as Text).data = 'gone';
    const node = second!.range.startContainer as Text;
    node.data = node.data.replace(/Antiga/g, 'Zanzib');
    expect(() => view.materialize(antiga[0]!)).not.toThrow();
    expect(view.materialize(antiga[0]!)).toBeNull();
    expect(view.materialize(antiga[1]!)).toBeNull();
    expect(view.materialize(antiga.at(-1)!)?.range.toString()).toMatch(/Antiga/);
  });
});

describe('the projects a new highlight keeps', () => {
  it('are those its paragraph names, not only its own words; the article’s projects come along', () => {
    const doc = loadPage(seed);
    const view = readInterview(doc);
    const paragraph = [...doc.querySelectorAll('p')].find((p) => p.textContent?.includes('Only a few months ago'))!;
    const text = [...paragraph.childNodes].find(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes('Only a few months ago'),
    )!;
    const range = doc.createRange();
    range.setStart(text, text.textContent!.indexOf('Only a few months ago'));
    range.setEnd(text, text.textContent!.indexOf('Only a few months ago') + 'Only a few months ago'.length);
    const { projects, articleProjects } = view.attribution(range);
    expect(projects).toEqual(expect.arrayContaining(['vLLM', 'DeepSpeed', 'Ray']));
    expect(projects).not.toContain('SGLang'); // named in another paragraph
    expect(articleProjects).toEqual(expect.arrayContaining(['PyTorch', 'vLLM', 'SGLang', 'DeepSpeed', 'Ray']));
  });
});

describe('who said a new highlight', () => {
  const page = fixturePages().find((fixture) => fixture.name === 'interviews/qa-labelled-full-names.html')!;
  const said = (words: string) => {
    const doc = loadPage(page);
    const view = readInterview(doc);
    const text = [...doc.querySelectorAll('p')]
      .flatMap((p) => [...p.childNodes])
      .find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(words))!;
    const range = doc.createRange();
    range.setStart(text, text.textContent!.indexOf(words));
    range.setEnd(text, text.textContent!.indexOf(words) + words.length);
    return view.attribution(range).speaker?.name;
  };

  it('is whom a question quotes, for words of that quote, and the interviewer for the rest of the question', () => {
    expect(said('one acquisition away')).toBe('Priya Natarajan');
    expect(said('Is she wrong?')).toBe('Helen Sato');
  });

  it('is the guest for speech the guest recounts in an answer', () => {
    expect(said('the licence is the promise')).toBe('Marcus Oyelaran');
  });
});
