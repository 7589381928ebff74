import { describe, expect, it } from 'vitest';
import { anchorQuote, rangeOf } from '@/utils/anchoring/anchor';
import { describeOffsets, describeRange } from '@/utils/anchoring/describe';
import { buildTextIndex } from '@/utils/text/text-index';

const anchorRange = (index: ReturnType<typeof buildTextIndex>, selectors: Parameters<typeof anchorQuote>[1]) =>
  rangeOf(index, anchorQuote(index.text, selectors));

const ARTICLE =
  '<p>“Every time the field reinvented itself, PyTorch was there,” he said.</p>' +
  '<p>“Look at the most popular inference frameworks — vLLM, SGLang — and they run on PyTorch.”</p>' +
  '<p>“Reinforcement learning nudges a model to do more of what works,” Antiga explained.</p>';

function select(index: ReturnType<typeof buildTextIndex>, phrase: string, occurrence = 0) {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = index.text.indexOf(phrase, at + 1);
  return index.rangeFor(at, at + phrase.length)!;
}

describe('describe → anchor round trip', () => {
  it('captures the quote with word-aligned context and its position', () => {
    document.body.innerHTML = ARTICLE;
    const index = buildTextIndex(document.body);
    const selectors = describeRange(index, select(index, 'PyTorch was there'))!;
    expect(selectors.quote.exact).toBe('PyTorch was there');
    expect(selectors.quote.prefix.endsWith('reinvented itself, ')).toBe(true);
    expect(selectors.quote.suffix.startsWith(',” he said.')).toBe(true);
    expect(index.text.slice(selectors.position.start, selectors.position.end)).toBe('PyTorch was there');
  });

  it('re-finds a quote after a paragraph is inserted before it', () => {
    document.body.innerHTML = ARTICLE;
    const saved = describeRange(buildTextIndex(document.body), select(buildTextIndex(document.body), 'vLLM, SGLang'))!;
    document.body.innerHTML = `<p>Editor’s note: this story was updated.</p>${ARTICLE}`;
    const { anchor, range } = anchorRange(buildTextIndex(document.body), saved);
    expect(anchor.state).toBe('anchored');
    expect(range?.toString()).toBe('vLLM, SGLang');
  });

  it('chooses among repeated quotes by their surrounding text', () => {
    document.body.innerHTML = '<p>He said PyTorch first.</p><p>Then she said PyTorch again.</p>';
    const index = buildTextIndex(document.body);
    const saved = describeRange(index, select(index, 'PyTorch', 1))!;
    document.body.innerHTML = '<p>Intro.</p><p>He said PyTorch first.</p><p>Then she said PyTorch again.</p>';
    const moved = buildTextIndex(document.body);
    const { anchor } = anchorRange(moved, saved);
    expect(moved.text.slice(anchor.start - 9, anchor.end)).toBe('she said PyTorch');
  });

  it('leaves a quote that is gone as an orphan instead of guessing', () => {
    document.body.innerHTML = ARTICLE;
    const index = buildTextIndex(document.body);
    const saved = describeRange(index, select(index, 'Reinforcement learning nudges a model'))!;
    document.body.innerHTML = '<p>The whole story was rewritten.</p>';
    expect(anchorRange(buildTextIndex(document.body), saved)).toMatchObject({
      anchor: { state: 'orphaned' },
      range: null,
    });
  });

  it('works across elements, list items and table cells', () => {
    document.body.innerHTML =
      '<ul><li>vLLM</li><li>SGLang</li></ul><table><tr><td>Ray</td><td>DeepSpeed</td></tr></table>';
    const index = buildTextIndex(document.body);
    const range = document.createRange();
    range.setStart(document.querySelector('li')!.firstChild!, 1);
    range.setEnd(document.querySelectorAll('td')[1]!.firstChild!, 4);
    const selectors = describeRange(index, range)!;
    expect(selectors.quote.exact).toBe('LLM SGLang Ray Deep');
    expect(anchorRange(buildTextIndex(document.body), selectors).range?.toString()).toBe('LLMSGLangRayDeep');
  });

  it('returns nothing for a whitespace-only span', () => {
    document.body.innerHTML = '<p>a</p>   <p>b</p>';
    const index = buildTextIndex(document.body);
    expect(describeOffsets(index, 1, 2)).toBeNull();
  });

  it('treats corrupted selectors as orphans, never as errors', () => {
    const text = 'short page';
    const base = {
      quote: { type: 'TextQuoteSelector' as const, exact: '', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start: 0, end: 0 },
    };
    expect(anchorQuote(text, base).state).toBe('orphaned');
    expect(
      anchorQuote(text, {
        ...base,
        quote: { ...base.quote, exact: 'page' },
        position: { ...base.position, start: 900, end: 904 },
      }),
    ).toMatchObject({ state: 'anchored', start: 6 });
  });
});
