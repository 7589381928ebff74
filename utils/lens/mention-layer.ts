import type { TextBlock } from '../text/text-index';
import type { MentionSpan, PaintedMention } from './interview-view';

export interface MentionSource {
  mentionSpans(): MentionSpan[];
  materialize(span: MentionSpan): PaintedMention | null;
  blocks(): TextBlock[];
}

export interface MentionLayer {
  /** Names shown so far, with their ranges (grows as the reader scrolls). */
  readonly painted: PaintedMention[];
  /** How many names the page holds, shown or not. */
  readonly total: number;
  /** Shows the names in the block holding `node` now (a link focused by keyboard, before any scroll event). */
  showAround(node: Node): void;
}

/** Each span's block element: blocks and spans are both in text order, so one walk pairs them. */
function groupByBlock(
  spans: readonly MentionSpan[],
  blocks: readonly TextBlock[],
  fallback: Element,
): Map<Element, MentionSpan[]> {
  const groups = new Map<Element, MentionSpan[]>();
  let b = 0;
  for (const span of spans) {
    while (b + 1 < blocks.length && blocks[b + 1]!.start <= span.start) b++;
    const element = blocks[b]?.element ?? fallback;
    const group = groups.get(element);
    if (group) group.push(span);
    else groups.set(element, [span]);
  }
  return groups;
}

/**
 * Underlines names block by block as they come near the viewport. A long interview names people
 * and projects thousands of times; making a DOM range for each on load costs more than the whole
 * analysis of a normal page, while the reader only ever sees a screenful at a time.
 */
export function showMentionsInView(
  doc: Document,
  source: MentionSource,
  highlight: Highlight | null,
  signal: AbortSignal,
): MentionLayer {
  const spans = source.mentionSpans();
  const pending = groupByBlock(spans, source.blocks(), doc.body);
  const painted: PaintedMention[] = [];

  const show = (element: Element) => {
    const group = pending.get(element);
    if (!group) return;
    pending.delete(element);
    for (const span of group) {
      const mention = source.materialize(span);
      if (!mention) continue;
      painted.push(mention);
      highlight?.add(mention.range);
    }
  };

  const View = doc.defaultView?.IntersectionObserver;
  if (!View) {
    for (const element of [...pending.keys()]) show(element);
  } else if (pending.size) {
    // A screen's height of margin: names are underlined before they scroll into sight.
    const observer = new View(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          show(entry.target);
        }
      },
      { rootMargin: '100% 0px' },
    );
    for (const element of pending.keys()) observer.observe(element);
    signal.addEventListener('abort', () => observer.disconnect());
  }

  return {
    painted,
    total: spans.length,
    showAround(node) {
      for (let current: Node | null = node; current; current = current.parentNode)
        if (pending.has(current as Element)) show(current as Element);
    },
  };
}
