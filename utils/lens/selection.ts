import { isInEditable } from '../text/elements';

export type SelectionRead = { range: Range } | { problem: string };

export const PROBLEMS = {
  none: 'Select some words in the article first, then highlight them.',
  editable: 'Text in form fields and editors can’t be highlighted.',
  blank: 'The selection holds only spaces. Select some words to highlight.',
  noText: 'This page has no text that can be highlighted.',
} as const;

/** The reader's current selection as a range, or the reason it cannot be highlighted. */
export function readSelection(doc: Document): SelectionRead {
  const active = doc.activeElement;
  if (
    active &&
    isInEditable(active) &&
    (active as HTMLInputElement).selectionStart !== (active as HTMLInputElement).selectionEnd
  ) {
    return { problem: PROBLEMS.editable };
  }
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return { problem: PROBLEMS.none };
  const range = selection.getRangeAt(0);
  if (isInEditable(range.startContainer) || isInEditable(range.endContainer)) return { problem: PROBLEMS.editable };
  if (selection.toString().trim().length === 0) return { problem: PROBLEMS.blank };
  return { range };
}

/**
 * The selected text, when it can be someone's name ("Soumith Chintala", "Antiga"): one to four
 * capitalised words, so the toolbar offers to make it a speaker.
 */
export function selectedName(text: string): string | null {
  const name = text.replace(/\s+/g, ' ').trim();
  const words = name.split(' ');
  return name.length <= 80 && words.length <= 4 && words.every((word) => /^\p{Lu}[\p{L}’'.-]*$/u.test(word))
    ? name
    : null;
}
