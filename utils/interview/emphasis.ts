import { upper } from '../text/elements';
import type { Paragraph } from './paragraphs';

/** How an article sets a paragraph apart: as a heading, or wholly in bold (an interviewer's question, often). */

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
  for (let node = element.nextSibling; node && !(node.nodeType === 1 && upper(node as Element) === 'BR'); node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const sibling = node as Element;
    text += sibling.matches(BOLD) ? (sibling.textContent ?? '') : [...sibling.querySelectorAll(BOLD)].map((bold) => bold.textContent ?? '').join('');
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
