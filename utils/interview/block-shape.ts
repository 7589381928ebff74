import { upper } from '../text/elements';
import type { Paragraph } from './paragraphs';

/**
 * The shape of a block, read from its markup: a heading, wholly bold or italic (an interviewer's
 * question, often), or mostly link text (a teaser or link card, never speech).
 */

export const isHeading = (element: Element): boolean => /^H[1-6]$/.test(upper(element));

const BOLD = 'b, strong';
const ITALIC = 'em, i';
const letters = (text: string) => text.replace(/[\s\u00a0]+/g, '');

/** Text in `styled` elements (bold, italic) within a block: its element's, or for a block opened by `<br>`, the siblings' up to the next break. */
function styledText(paragraph: Paragraph, styled: string): string {
  const { element } = paragraph;
  const inside = (root: Element) => [...root.querySelectorAll(styled)].map((part) => part.textContent ?? '').join('');
  if (upper(element) !== 'BR') {
    if (element.matches(styled) || element.parentElement?.closest(styled)) return element.textContent ?? '';
    return inside(element);
  }
  let text = '';
  for (
    let node = element.nextSibling;
    node && !(node.nodeType === 1 && upper(node as Element) === 'BR');
    node = node.nextSibling
  ) {
    if (node.nodeType !== 1) continue;
    const sibling = node as Element;
    text += sibling.matches(styled) ? (sibling.textContent ?? '') : inside(sibling);
  }
  return text;
}

/** Whether all of a block's words are `styled` (stray spaces and punctuation outside the styling aside). */
function isWhollyStyled(paragraph: Paragraph, styled: string): boolean {
  const marked = letters(styledText(paragraph, styled));
  if (!marked) return false;
  const text = letters(paragraph.text);
  return marked.length >= text.length - 2 && marked.includes(text.slice(0, Math.min(text.length, 40)));
}

/** Whether all of a block's words are bold: an interviewer's question, often. */
export const isWhollyBold = (paragraph: Paragraph): boolean => isWhollyStyled(paragraph, BOLD);

/** Whether all of a block's words are in italics: how some magazines set their questions. */
export const isWhollyItalic = (paragraph: Paragraph): boolean => isWhollyStyled(paragraph, ITALIC);

/** A block that is mostly link text: a teaser, a "related" list, a link card. */
const linkShare = new WeakMap<Paragraph, boolean>();

export function isMostlyLinks(paragraph: Paragraph): boolean {
  let mostly = linkShare.get(paragraph); // asked for turns, narration and projects alike
  if (mostly === undefined) linkShare.set(paragraph, (mostly = measureLinks(paragraph)));
  return mostly;
}

function measureLinks(paragraph: Paragraph): boolean {
  const { element } = paragraph;
  if (element.closest('a[href]')) return true; // a card that is one link
  if (upper(element) === 'BR' || !element.querySelector('a[href]')) return false;
  const linked = [...element.querySelectorAll('a[href]')].reduce(
    (sum, a) => sum + (a.textContent ?? '').trim().length,
    0,
  );
  return linked >= paragraph.text.length * 0.6;
}
