/** Anything painted with an id: a highlight, or a speaker or project name. */
interface Spot {
  id: string;
  range: Range;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  const position = doc.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

const inside = (x: number, y: number, rect: DOMRect) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/** The innermost painted highlight holding a DOM point, optionally only where `accept` agrees. */
export function highlightContaining<T extends Spot>(
  painted: Iterable<T>,
  node: Node,
  offset: number,
  accept: (range: Range) => boolean = () => true,
): T | null {
  let best: { item: T; length: number } | null = null;
  for (const item of painted) {
    try {
      if (!item.range.isPointInRange(node, offset)) continue;
    } catch {
      continue; // the point is in another document or shadow tree
    }
    if (!accept(item.range)) continue;
    const length = item.range.toString().length;
    if (!best || length < best.length) best = { item, length };
  }
  return best?.item ?? null;
}

/**
 * The painted highlight under a viewport point, if any (the innermost where they overlap).
 * Painted highlights are not elements, so this asks where the caret would go and which painted
 * range holds it, then checks the point is really on that range's text, not beside it.
 */
export function hitTest(doc: Document, painted: Iterable<Spot>, x: number, y: number): string | null {
  const caret = caretAt(doc as CaretDocument, x, y);
  if (!caret) return null;
  const onText = (range: Range) => [...range.getClientRects()].some((rect) => inside(x, y, rect));
  return highlightContaining(painted, caret.node, caret.offset, onText)?.id ?? null;
}
