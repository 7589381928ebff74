import { anchorRange } from '../anchoring/anchor';
import { describeRange } from '../anchoring/describe';
import type { HighlightRecord } from '../db/records';
import { sendRequest } from '../messages/send';
import { readPageFacts } from '../page/page-facts';
import type { Colour } from '../paint/colours';
import { canPaint, paintAll, type Painted } from '../paint/registry';
import { buildTextIndex } from '../text/text-index';
import { PROBLEMS, readSelection } from './selection';

export type Outcome = { ok: true; message: string } | { ok: false; message: string };

/**
 * The lens's model of the page: the saved highlights and where they are painted.
 * Every pass builds the text index once and anchors all highlights against it.
 */
export function createHighlighter(doc: Document) {
  let saved: HighlightRecord[] = [];
  const painted = new Map<string, Painted>();

  function repaint(): void {
    const root = doc.body;
    painted.clear();
    if (root) {
      const index = buildTextIndex(root);
      for (const highlight of saved) {
        const { range } = anchorRange(index, highlight);
        if (range) painted.set(highlight.id, { id: highlight.id, colour: highlight.colour, range });
      }
    }
    if (canPaint()) paintAll(painted.values());
  }

  async function refresh(): Promise<void> {
    const reply = await sendRequest({ type: 'page:highlights', page: readPageFacts(doc) });
    if (!reply.ok) return;
    saved = reply.highlights;
    repaint();
  }

  async function highlightSelection(colour: Colour): Promise<Outcome> {
    const read = readSelection(doc);
    if ('problem' in read) return { ok: false, message: read.problem };
    if (!doc.body) return { ok: false, message: PROBLEMS.noText };
    const index = buildTextIndex(doc.body);
    const selectors = describeRange(index, read.range);
    if (!selectors) return { ok: false, message: PROBLEMS.blank };
    const reply = await sendRequest({
      type: 'highlight:create',
      page: readPageFacts(doc),
      quote: selectors.quote,
      position: selectors.position,
      colour,
    });
    if (!reply.ok) return { ok: false, message: reply.error };
    saved = [reply.highlight, ...saved];
    const range = index.rangeFor(selectors.position.start, selectors.position.end) ?? read.range.cloneRange();
    painted.set(reply.highlight.id, { id: reply.highlight.id, colour, range });
    if (canPaint()) paintAll(painted.values());
    doc.getSelection()?.removeAllRanges();
    return {
      ok: true,
      message: canPaint() ? 'Highlighted.' : 'Saved. This browser cannot paint highlights on the page.',
    };
  }

  return { refresh, highlightSelection };
}
