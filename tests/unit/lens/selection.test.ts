import { beforeEach, describe, expect, it } from 'vitest';
import { PROBLEMS, readSelection, selectedName } from '@/utils/lens/selection';
import { hasTextSelection } from '@/utils/page/first-selection';

beforeEach(() => {
  document.body.innerHTML =
    '<article><p id="quote">“My goal is for them to succeed.”</p><p id="gap">   </p></article>' +
    '<form><textarea id="comment">Great interview</textarea></form><div id="editor" contenteditable="true">My reply</div>';
  document.getSelection()?.removeAllRanges();
});

function selectIn(id: string, start?: number, end?: number) {
  const node = document.getElementById(id)!.firstChild!;
  const range = document.createRange();
  range.setStart(node, start ?? 0);
  range.setEnd(node, end ?? (node.textContent ?? '').length);
  document.getSelection()!.addRange(range);
}

describe('readSelection', () => {
  it('gives the range of a selection in the article', () => {
    selectIn('quote', 1, 8);
    const read = readSelection(document);
    expect('range' in read && read.range.toString()).toBe('My goal');
    expect(hasTextSelection(document)).toBe(true);
  });

  it('asks for a selection when there is none', () => {
    expect(readSelection(document)).toEqual({ problem: PROBLEMS.none });
    expect(hasTextSelection(document)).toBe(false);
  });

  it('refuses text in a contenteditable editor', () => {
    selectIn('editor');
    expect(readSelection(document)).toEqual({ problem: PROBLEMS.editable });
    expect(hasTextSelection(document)).toBe(false);
  });

  it('refuses text selected inside a textarea', () => {
    const field = document.getElementById('comment') as HTMLTextAreaElement;
    field.focus();
    field.setSelectionRange(0, 5);
    expect(readSelection(document)).toEqual({ problem: PROBLEMS.editable });
  });

  it('refuses a selection of only whitespace', () => {
    selectIn('gap');
    expect(readSelection(document)).toEqual({ problem: PROBLEMS.blank });
    expect(hasTextSelection(document)).toBe(false);
  });
});

describe('a selection the toolbar offers to make a speaker', () => {
  it('is one to four capitalised words, and never a sentence', () => {
    expect(selectedName('  Soumith\n Chintala ')).toBe('Soumith Chintala');
    expect(selectedName('Antiga')).toBe('Antiga');
    expect(selectedName('Jean-Luc O’Brien')).toBe('Jean-Luc O’Brien');
    expect(selectedName('the field reinvented itself')).toBeNull();
    expect(selectedName('Every time the field reinvented itself, PyTorch was there.')).toBeNull();
    expect(selectedName('Anna Maria Luisa Von Berg')).toBeNull();
  });
});
