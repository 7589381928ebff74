/**
 * Highlight colours. Only the background is painted (never the text colour), translucent enough
 * that both dark text on light pages and light text on dark pages stay legible.
 */
export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Colour = (typeof COLOURS)[number];
export const DEFAULT_COLOUR: Colour = 'yellow';

const TINTS: Record<Colour, string> = {
  yellow: 'rgba(255, 214, 0, 0.45)',
  green: 'rgba(60, 200, 90, 0.38)',
  blue: 'rgba(70, 150, 255, 0.38)',
  pink: 'rgba(255, 90, 160, 0.38)',
  purple: 'rgba(160, 100, 255, 0.38)',
};

/** Swatch shown in extension UI for a colour. */
export const swatchOf = (colour: Colour): string => TINTS[colour];

/** Name of the CSS highlight registry entry for a colour. */
export const highlightName = (colour: Colour): string => `interview-lens-${colour}`;

/** Stylesheet the background inserts into a tab (as a stylesheet, not a page element). */
export const HIGHLIGHT_CSS = COLOURS.map(
  (colour) => `::highlight(${highlightName(colour)}) { background-color: ${TINTS[colour]}; }`,
).join('\n');
