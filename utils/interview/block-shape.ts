import { upper } from '../text/elements';
import type { Paragraph } from './paragraphs';

/**
 * The shape of a block, read from its markup: a heading, wholly bold or italic (an interviewer's
 * question, often), or mostly link text (a teaser or link card, never speech).
 */

export const isHeading = (element: Element): boolean => /^H[1-6]$/.test(upper(element));

const BOLD = 'b, strong';
const letters = (text: string) => text.replace(/[\s\u00a0]+/g, '');

/** Text in bold within a block: its element's bold descendants, or for a block opened by `<br>`, the bold siblings up to the next break. */
function boldText(paragraph: Paragraph): string {
  const { element } = paragraph;
  if (upper(element) !== 'BR') {
    if (/^(B|STRONG)$/.test(upper(element)) || element.parentElement?.closest(BOLD)) return element.textContent ?? '';
    return [...element.querySelectorAll(BOLD)].map((bold) => bold.textContent ?? '').join('');
  }
  let text = '';
  for (
    let node = element.nextSibling;
    node && !(node.nodeType === 1 && upper(node as Element) === 'BR');
    node = node.nextSibling
  ) {
    if (node.nodeType !== 1) continue;
    const sibling = node as Element;
    text += sibling.matches(BOLD)
      ? (sibling.textContent ?? '')
      : [...sibling.querySelectorAll(BOLD)].map((bold) => bold.textContent ?? '').join('');
  }
  return text;
}

/** Whether all of a block's words are bold (stray spaces and punctuation outside the bold aside). */
export function isWhollyBold(paragraph: Paragraph): boolean {
  const bold = letters(boldText(paragraph));
  if (!bold) return false;
  const text = letters(paragraph.text);
  return bold.length >= text.length - 2 && bold.includes(text.slice(0, Math.min(text.length, 40)));
}

/** Whether all of a block's words are in italics: how some magazines set their questions. */
export function isWhollyItalic(paragraph: Paragraph): boolean {
  const { element } = paragraph;
  if (upper(element) === 'BR') return false;
  const italic = letters(
    element.closest('em, i')
      ? (element.textContent ?? '')
      : [...element.querySelectorAll('em, i')].map((part) => part.textContent ?? '').join(''),
  );
  const text = letters(paragraph.text);
  return italic !== '' && italic.length >= text.length - 2 && italic.startsWith(text.slice(0, 20));
}

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
