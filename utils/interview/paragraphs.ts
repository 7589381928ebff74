import type { TextIndex } from '../text/text-index';

/** One paragraph-level block of the article: its text and where that text sits in the index. */
export interface Paragraph {
  text: string;
  /** Offset of `text` in the index text. */
  start: number;
  element: Element;
}

export const paragraphsOf = (index: TextIndex): Paragraph[] =>
  index.blocks().map((block) => ({ text: index.text.slice(block.start, block.end), start: block.start, element: block.element }));
