import { finish, type Steps } from '../pace/steps';
import type { TextIndex } from '../text/text-index';

/** One paragraph-level block of the article: its text and where that text sits in the index. */
export interface Paragraph {
  text: string;
  /** Offset of `text` in the index text. */
  start: number;
  element: Element;
}

export const paragraphsOf = (index: TextIndex): Paragraph[] => finish(paragraphSteps(index));

/** How many paragraphs are cut out of the text between pauses. */
const PARAGRAPHS_PER_STEP = 1024;

/** The index's blocks as paragraphs, in steps: a huge page has tens of thousands. */
export function* paragraphSteps(index: TextIndex): Steps<Paragraph[]> {
  const blocks = yield* index.blockSteps();
  const paragraphs: Paragraph[] = [];
  for (const [k, block] of blocks.entries()) {
    if (k % PARAGRAPHS_PER_STEP === 0) yield;
    paragraphs.push({ text: index.text.slice(block.start, block.end), start: block.start, element: block.element });
  }
  return paragraphs;
}
