import type { Settings } from '../settings/schema';
import type { TextBlock } from '../text/text-index';
import type { MentionSpan, MentionTarget } from './interview-view';

const HEADING = /^H[1-6]$/;
const keyOf = (target: MentionTarget) =>
  target.kind === 'speaker' ? `speaker:${target.person.name}` : `project:${target.entry.name}`;

/**
 * The names to underline at the reader's density. "first": each person or project once per
 * section, a section starting at each heading; headings themselves stay plain (a headline full
 * of underlines is ink on the words read first). Spans and blocks are both in text order.
 */
export function mentionsAtDensity(
  spans: readonly MentionSpan[],
  blocks: readonly TextBlock[],
  density: Settings['underlines'],
): MentionSpan[] {
  if (density === 'all') return [...spans];
  if (density === 'none') return [];
  const kept: MentionSpan[] = [];
  let seen = new Set<string>();
  let inHeading = false;
  let b = -1;
  for (const span of spans) {
    while (b + 1 < blocks.length && blocks[b + 1]!.start <= span.start) {
      b++;
      inHeading = HEADING.test(blocks[b]!.element.tagName);
      if (inHeading) seen = new Set();
    }
    const key = keyOf(span.target);
    if (inHeading || seen.has(key)) continue;
    seen.add(key);
    kept.push(span);
  }
  return kept;
}
