import { COLOURS, highlightName, MENTION_HIGHLIGHT, type Colour } from './colours';

export interface Painted {
  id: string;
  colour: Colour;
  range: Range;
}

/**
 * Paints ranges through the CSS Custom Highlight API: nothing is inserted into the page, and
 * repainting replaces every colour's entry at once.
 */
export function paintAll(painted: Iterable<Painted>, registry: HighlightRegistry = CSS.highlights): void {
  const byColour = new Map<Colour, Range[]>();
  for (const item of painted) {
    const list = byColour.get(item.colour) ?? [];
    list.push(item.range);
    byColour.set(item.colour, list);
  }
  for (const colour of COLOURS) {
    const ranges = byColour.get(colour);
    if (ranges?.length) registry.set(highlightName(colour), new Highlight(...ranges));
    else registry.delete(highlightName(colour));
  }
}

/** False where the browser (or the page) leaves no usable highlight registry. */
export function canPaint(): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.highlights?.set === 'function' && typeof Highlight === 'function';
}

/**
 * The underline under speaker and project names: one registry entry, below the reader's
 * highlights, that names are added to as they are shown.
 */
export function mentionHighlight(registry: HighlightRegistry = CSS.highlights): Highlight {
  const mentions = new Highlight();
  mentions.priority = -1;
  registry.set(MENTION_HIGHLIGHT, mentions);
  return mentions;
}
