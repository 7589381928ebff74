import { afterEach, describe, expect, it } from 'vitest';
import type { MentionSpan, PaintedMention } from '@/utils/lens/interview-view';
import { showMentionsInView, type MentionSource } from '@/utils/lens/mention-layer';
import { buildTextIndex } from '@/utils/text/text-index';

/** An IntersectionObserver the test drives: `enter(element)` plays the browser seeing it near the viewport. */
class FakeObserver {
  static all: FakeObserver[] = [];
  watched = new Set<Element>();
  disconnected = false;
  constructor(private readonly callback: (entries: Array<{ target: Element; isIntersecting: boolean }>) => void) {
    FakeObserver.all.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.disconnected = true;
    this.watched.clear();
  }
  enter(element: Element) {
    if (this.watched.has(element)) this.callback([{ target: element, isIntersecting: true }]);
  }
}

const person = { name: 'Luca Antiga', aliases: ['Antiga'], roles: [] } as never;

function setUp(withObserver: boolean) {
  document.body.innerHTML = `
    <p id="one">Luca Antiga leads the council.</p>
    <p id="two">Later, <a href="#x">Antiga</a> spoke again.</p>
    <p id="three">Antiga closed.</p>`;
  (window as unknown as { IntersectionObserver?: unknown }).IntersectionObserver = withObserver
    ? FakeObserver
    : undefined;
  const index = buildTextIndex(document.body);
  const spans: MentionSpan[] = [];
  for (let at = index.text.indexOf('Antiga'); at >= 0; at = index.text.indexOf('Antiga', at + 1)) {
    spans.push({ id: `speaker:${at}`, start: at, end: at + 6, target: { kind: 'speaker', person } });
  }
  const source: MentionSource = {
    mentionSpans: () => spans,
    materialize: (span): PaintedMention | null => {
      const range = index.rangeFor(span.start, span.end);
      return range ? { ...span, range } : null;
    },
    blocks: () => index.blocks(),
  };
  const added: string[] = [];
  const highlight = {
    add: (range: Range) =>
      added.push(`${(range.startContainer.parentElement!.closest('p') as Element).id}:${range.toString()}`),
  };
  return { source, added, highlight: highlight as unknown as Highlight };
}

afterEach(() => {
  FakeObserver.all = [];
  delete (window as unknown as { IntersectionObserver?: unknown }).IntersectionObserver;
});

describe('names underlined as they come into view', () => {
  it('makes no range until a paragraph nears the viewport, then only that paragraph’s names', () => {
    const { source, added, highlight } = setUp(true);
    const layer = showMentionsInView(document, source, highlight, new AbortController().signal);
    expect(layer.total).toBe(3);
    expect(layer.painted).toEqual([]);
    expect(added).toEqual([]);

    FakeObserver.all[0]!.enter(document.getElementById('three')!);
    expect(added).toEqual(['three:Antiga']);
    expect(layer.painted.map((mention) => mention.range.toString())).toEqual(['Antiga']);
    // A paragraph is shown once: seeing it again adds nothing.
    FakeObserver.all[0]!.enter(document.getElementById('three')!);
    expect(added).toHaveLength(1);
  });

  it('shows the names around a link focused by keyboard at once', () => {
    const { source, added, highlight } = setUp(true);
    const layer = showMentionsInView(document, source, highlight, new AbortController().signal);
    layer.showAround(document.querySelector('a')!);
    expect(added).toEqual(['two:Antiga']);
  });

  it('stops watching when the lens goes away', () => {
    const { source, highlight } = setUp(true);
    const stop = new AbortController();
    showMentionsInView(document, source, highlight, stop.signal);
    stop.abort();
    expect(FakeObserver.all[0]!.disconnected).toBe(true);
  });

  it('without IntersectionObserver shows every name at once', () => {
    const { source, added, highlight } = setUp(false);
    const layer = showMentionsInView(document, source, highlight, new AbortController().signal);
    expect(added).toEqual(['one:Antiga', 'two:Antiga', 'three:Antiga']);
    expect(layer.painted).toHaveLength(3);
  });
});
