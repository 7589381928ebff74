import { describe, expect, it } from 'vitest';
import { encodeFragmentPart, textFragment } from '@/utils/anchoring/text-fragment';

const fragmentOf = (text: string, quote: string, occurrence = 0) => {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(quote, at + 1);
  return textFragment(text, at, at + quote.length);
};

describe('textFragment', () => {
  it('links a unique quote by its text', () => {
    expect(fragmentOf('He said vLLM runs PyTorch. Others agree.', 'vLLM runs PyTorch')).toBe(
      ':~:text=vLLM%20runs%20PyTorch',
    );
  });

  it('percent-encodes the characters the directive syntax uses', () => {
    expect(encodeFragmentPart('end-to-end, fast & cheap')).toBe('end%2Dto%2Dend%2C%20fast%20%26%20cheap');
    expect(fragmentOf('It is end-to-end, fast & cheap.', 'end-to-end, fast & cheap')).toBe(
      ':~:text=end%2Dto%2Dend%2C%20fast%20%26%20cheap',
    );
  });

  it('widens a partial-word selection to whole words', () => {
    expect(fragmentOf('the Lightning AI platform', 'ghtning AI plat')).toBe(':~:text=Lightning%20AI%20platform');
  });

  it('adds context words when the quote repeats', () => {
    const text = 'Antiga said PyTorch won. Later Lardinois said PyTorch won again.';
    expect(fragmentOf(text, 'PyTorch won', 1)).toBe(':~:text=said-,PyTorch%20won,-again.');
  });

  it('links a long quote by its first and last words', () => {
    const quote = Array.from({ length: 80 }, (_, k) => `word${k}`).join(' ');
    expect(fragmentOf(`Intro. ${quote} Outro.`, quote)).toBe(
      ':~:text=word0%20word1%20word2%20word3%20word4,word75%20word76%20word77%20word78%20word79',
    );
  });
});
