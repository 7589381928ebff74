/**
 * Which elements count for text: decided from tag names and attributes only (never layout), so
 * Node (happy-dom) and real browsers build the same text.
 */

/** Node types, by number: Node's constants are not a global outside the browser (the CLI, tests). */
export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Elements whose text a reader never sees as article text, or that hold form input. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'SVG',
  'MATH',
  'HEAD',
  'TITLE',
]);

/** Elements that break a line: their edges separate words. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BODY',
  'HTML',
]);

/** Tag-name prefix of every element Interview Lens adds to a page (its shadow-root hosts). */
export const OWN_UI_TAG_PREFIX = 'INTERVIEW-LENS';

/** The tag name in capitals. HTML elements already have it so (only SVG, MathML and XHTML do not). */
export const upper = (element: Element): string => {
  const tag = element.tagName;
  return tag.charCodeAt(0) >= 97 ? tag.toUpperCase() : tag;
};

export function isSkipped(element: Element): boolean {
  const tag = upper(element);
  if (SKIPPED.has(tag) || tag.startsWith(OWN_UI_TAG_PREFIX)) return true;
  if (!element.hasAttributes()) return false; // most elements of an article: nothing more to read
  if (element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

export const isBlock = (element: Element): boolean => BLOCKS.has(upper(element));

/** True when a node sits in a form field or an editor: such text is never highlightable. */
export function isInEditable(node: Node | null): boolean {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nodeType !== 1) continue;
    const element = current as Element;
    const tag = upper(element);
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
  }
  return false;
}
