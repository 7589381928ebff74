import { describe, expect, it } from 'vitest';
import type { MentionSpan } from '@/utils/lens/interview-view';
import { mentionsAtDensity } from '@/utils/lens/mention-density';
import { buildTextIndex } from '@/utils/text/text-index';

const luca: MentionSpan['target'] = {
  kind: 'speaker',
  person: { name: 'Luca Antiga', aliases: ['Antiga'], roles: [] },
};
const pytorch = {
  kind: 'project',
  entry: { name: 'PyTorch', aliases: [], kind: 'project', description: '' },
} as unknown as MentionSpan['target'];

/** An article with two sections; every "Antiga" and "PyTorch" in it is a name the lens found. */
function read() {
  document.body.innerHTML = `
    <h1>Why PyTorch won, says Antiga</h1>
    <p>Luca Antiga thinks PyTorch won. Antiga said PyTorch stays.</p>
    <p>Antiga again, and PyTorch again.</p>
    <h2>The PyTorch Foundation</h2>
    <p>PyTorch grew; Antiga leads its council.</p>
    <p>Antiga, once more.</p>`;
  const index = buildTextIndex(document.body);
  const spans: MentionSpan[] = [];
  for (const [word, target] of [
    ['Antiga', luca],
    ['PyTorch', pytorch],
  ] as const) {
    for (let at = index.text.indexOf(word); at >= 0; at = index.text.indexOf(word, at + 1))
      spans.push({ id: `${word}:${at}`, start: at, end: at + word.length, target });
  }
  spans.sort((a, b) => a.start - b.start);
  const where = (span: MentionSpan) =>
    `${index.blocks().findLast((block) => block.start <= span.start)!.element.tagName}:${index.text.slice(span.start, span.end)}`;
  return { spans, blocks: index.blocks(), where };
}

describe('mentionsAtDensity', () => {
  it('underlines each name once per section by default, and nothing in headings', () => {
    const { spans, blocks, where } = read();
    expect(spans).toHaveLength(12);
    const kept = mentionsAtDensity(spans, blocks, 'first');
    expect(kept.map(where)).toEqual(['P:Antiga', 'P:PyTorch', 'P:PyTorch', 'P:Antiga']);
  });

  it('underlines every name, or none, when the reader asks', () => {
    const { spans, blocks } = read();
    expect(mentionsAtDensity(spans, blocks, 'all')).toEqual(spans);
    expect(mentionsAtDensity(spans, blocks, 'none')).toEqual([]);
  });
});
