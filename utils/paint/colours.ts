/**
 * Highlight colours. Only the background is painted (never the text colour), translucent enough
 * that both dark text on light pages and light text on dark pages stay legible.
 */
export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Colour = (typeof COLOURS)[number];
export const DEFAULT_COLOUR: Colour = 'yellow';

/** The reader's own names for colours ("disagree", "to quote"), set in the options. */
export type ColourLabels = Partial<Record<Colour, string>>;

/** A colour as the reader calls it: "disagree (pink)", or just "pink" when they did not name it. */
export const namedColour = (colour: Colour, labels: ColourLabels): string =>
  labels[colour] ? `${labels[colour]} (${colour})` : colour;

const RGB: Record<Colour, [number, number, number, number]> = {
  // red, green, blue, and how much of it is laid over white on pages
  yellow: [255, 214, 0, 0.45],
  green: [60, 200, 90, 0.38],
  blue: [70, 150, 255, 0.38],
  pink: [255, 90, 160, 0.38],
  purple: [160, 100, 255, 0.38],
};
/**
 * The colour laid over white, opaque, with dark ink on it: on a dark page a see-through tint under
 * the page's light text read at 2.3–4.3:1; this reads the same on any page.
 */
const tintOf = (colour: Colour) => {
  const [r, g, b, alpha] = RGB[colour];
  return `rgb(${[r, g, b].map((channel) => Math.round(channel * alpha + 255 * (1 - alpha))).join(', ')})`;
};
const HIGHLIGHT_INK = '#1b1b1b';

/** Opaque swatch for extension UI, where the colour must read on light and dark backgrounds alike. */
export const swatchOf = (colour: Colour): string => `rgb(${RGB[colour].slice(0, 3).join(', ')})`;

/** Name of the CSS highlight registry entry for a colour. */
export const highlightName = (colour: Colour): string => `interview-lens-${colour}`;

/** Registry entry for the dotted underline under speaker and project names. */
export const MENTION_HIGHLIGHT = 'interview-lens-mention';

/** Stylesheet the background inserts into a tab (as a stylesheet, not a page element). */
export const HIGHLIGHT_CSS = [
  ...COLOURS.map(
    (colour) =>
      `::highlight(${highlightName(colour)}) { background-color: ${tintOf(colour)}; color: ${HIGHLIGHT_INK}; }`,
  ),
  `::highlight(${MENTION_HIGHLIGHT}) { text-decoration: underline dotted rgba(120, 130, 150, 0.9); text-decoration-thickness: 1.5px; text-underline-offset: 3px; }`,
].join('\n');
