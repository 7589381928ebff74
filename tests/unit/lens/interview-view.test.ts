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
