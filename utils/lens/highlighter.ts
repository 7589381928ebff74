import { rangeOf } from '../anchoring/anchor';
import { anchorAll, DEFAULT_PACING, type Pacing } from '../anchoring/anchor-all';
import { describeRange } from '../anchoring/describe';
import type { AnchorState } from '../anchoring/selectors';
import { textFragment } from '../anchoring/text-fragment';
import type { HighlightRecord } from '../db/records';
import type { HighlightPatch } from '../messages/fields';
import type { SendRequest } from '../messages/send';
import { readPageFacts } from '../page/page-facts';
import type { Colour } from '../paint/colours';
import { canPaint, paintAll, type Painted } from '../paint/registry';
import { buildTextIndex } from '../text/text-index';
import { highlightContaining, hitTest } from './hit-test';
import type { Attribution } from './interview-view';
import { cardPoint } from './reveal';
import { PROBLEMS, readSelection } from './selection';

/** What an action did, to tell the reader; `id`: the highlight a new one was saved as. */
export type Outcome = { ok: true; message: string; id?: string } | { ok: false; message: string };

/**
 * The lens's model of the page: the saved highlights, where each was re-found, and the painting.
 * Every pass builds the text index once and anchors all highlights against it, in slices that
 * keep the page responsive. `send` reaches the background (in tests, its router over a test database).
 */
export function createHighlighter(
  doc: Document,
  send: SendRequest,
  attribution: (range: Range) => Attribution = () => ({}),
  pacing: Pacing = DEFAULT_PACING,
) {
  let saved: HighlightRecord[] = [];
  const painted = new Map<string, Painted>();
  let generation = 0;
  /** The address `saved` belongs to: after an in-page navigation they are another page's. */
  let loadedFor = '';
  /** The address of the latest request for highlights (`loadedFor` once its reply is in). */
  let requestedFor = '';

  const paint = () => {
    if (canPaint()) paintAll(painted.values());
  };

  /** Re-finds every saved highlight, repaints, and tells the background what changed. */
  async function reanchor(): Promise<void> {
    if (doc.location.href !== loadedFor) return refresh();
    const pass = ++generation;
    const root = doc.body;
    if (!root) return;
    if (!saved.length) {
      // Nothing to find: reading the page's text for nothing is a long task on a huge page.
      painted.clear();
      paint();
      return;
    }
    const index = buildTextIndex(root);
    const anchors = await anchorAll(index.text, saved, pacing);
    if (pass !== generation) return; // a newer pass has started from a newer page
    const changed: Array<{ id: string; state: AnchorState }> = [];
    for (const id of painted.keys()) if (!saved.some((highlight) => highlight.id === id)) painted.delete(id);
    for (const highlight of saved) {
      const found = anchors.get(highlight.id);
      if (!found) continue; // not reached within this pass's time budget: left as it was
      const { anchor, range } = rangeOf(index, found);
      if (range) painted.set(highlight.id, { id: highlight.id, colour: highlight.colour, range });
      else painted.delete(highlight.id);
      if (anchor.state !== highlight.anchorState) {
        highlight.anchorState = anchor.state;
        changed.push({ id: highlight.id, state: anchor.state });
      }
    }
    paint();
    if (changed.length) await send({ type: 'highlight:states', page: readPageFacts(doc), states: changed });
  }

  /** Fetches this page's highlights from the background and re-anchors them. */
  async function refresh(): Promise<void> {
    const address = doc.location.href;
    requestedFor = address;
    const reply = await send({ type: 'page:highlights', page: readPageFacts(doc) });
    if (!reply.ok) return;
    saved = reply.highlights;
    loadedFor = address;
    await reanchor();
  }

  async function highlightSelection(colour: Colour): Promise<Outcome> {
    const read = readSelection(doc);
    if ('problem' in read) return { ok: false, message: read.problem };
    if (!doc.body) return { ok: false, message: PROBLEMS.noText };
    const index = buildTextIndex(doc.body);
    const selectors = describeRange(index, read.range);
    if (!selectors) return { ok: false, message: PROBLEMS.blank };
    const { start, end } = selectors.position;
    const reply = await send({
      type: 'highlight:create',
      page: readPageFacts(doc),
      quote: selectors.quote,
      position: selectors.position,
      colour,
      fragment: textFragment(index.text, start, end),
      ...attribution(read.range),
    });
    if (!reply.ok) return { ok: false, message: reply.error };
    saved = [reply.highlight, ...saved];
    painted.set(reply.highlight.id, {
      id: reply.highlight.id,
      colour,
      range: index.rangeFor(start, end) ?? read.range.cloneRange(),
    });
    paint();
    // The caret stays after the new highlight, where a keyboard reader left off (not at the page top).
    doc.getSelection()?.collapseToEnd();
    return {
      ok: true,
      id: reply.highlight.id,
      message: canPaint() ? 'Highlighted.' : 'Saved. This browser cannot paint highlights on the page.',
    };
  }

  async function update(id: string, patch: HighlightPatch): Promise<Outcome> {
    const reply = await send({ type: 'highlight:update', id, patch });
    if (!reply.ok) return { ok: false, message: reply.error };
    saved = saved.map((highlight) => (highlight.id === id ? reply.highlight : highlight));
    const shown = painted.get(id);
    if (shown) painted.set(id, { ...shown, colour: reply.highlight.colour });
    paint();
    return { ok: true, message: 'Saved.' };
  }

  async function remove(id: string): Promise<Outcome> {
    const reply = await send({ type: 'highlight:delete', id });
    if (!reply.ok) return { ok: false, message: reply.error };
    saved = saved.filter((highlight) => highlight.id !== id);
    painted.delete(id);
    paint();
    return { ok: true, message: 'Highlight deleted.' };
  }

  /** Puts a deleted highlight back as it was (the card's Undo). */
  async function restore(highlight: HighlightRecord): Promise<Outcome> {
    const reply = await send({ type: 'highlight:restore', highlight });
    if (!reply.ok) return { ok: false, message: reply.error };
    await refresh();
    return { ok: true, message: 'Highlight restored.' };
  }

  return {
    refresh,
    reanchor,
    /** The address whose highlights are shown or on their way. */
    shownFor: () => requestedFor,
    highlightSelection,
    update,
    remove,
    restore,
    get: (id: string) => saved.find((highlight) => highlight.id === id),
    /** Where a highlight is painted now, if it is. */
    rangeOf: (id: string): Range | undefined => painted.get(id)?.range,
    /** Whether a later pass could find more: some highlight is unpainted, or its range broke. */
    needsRepair: () =>
      saved.length > painted.size ||
      [...painted.values()].some(
        ({ range }) => range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected,
      ),
    hasHighlights: () => saved.length > 0,
    highlightAt: (x: number, y: number) => hitTest(doc, painted.values(), x, y),
    /** The highlight under a collapsed selection (the keyboard caret), with where it is drawn. */
    highlightAtCaret(): { id: string; x: number; y: number } | null {
      const selection = doc.getSelection();
      if (!selection?.isCollapsed || !selection.anchorNode) return null;
      const found = highlightContaining(painted.values(), selection.anchorNode, selection.anchorOffset);
      const point = found ? cardPoint(found.range) : null;
      return found && point ? { id: found.id, ...point } : null;
    },
  };
}

export type Highlighter = ReturnType<typeof createHighlighter>;
