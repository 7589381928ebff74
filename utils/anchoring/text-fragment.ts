/**
 * Text-fragment directives (`:~:text=…`, URL Fragment Text Directives) that make a browser scroll
 * to and mark a quote: the "open in context" link of exports and the popup.
 */

/** Quotes longer than this are linked by their first and last words. */
const WHOLE_QUOTE_MAX = 300;
const EDGE_WORDS = 5;
const MAX_CONTEXT_WORDS = 3;

/** Percent-encodes a directive part, including the characters the syntax itself uses. */
export const encodeFragmentPart = (part: string): string =>
  encodeURIComponent(part).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Browsers match text fragments on word boundaries: widen a span to whole words. */
function toWords(text: string, start: number, end: number): [number, number] {
  while (start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start])) start--;
  while (end < text.length && isWordChar(text[end]) && isWordChar(text[end - 1])) end++;
  return [start, end];
}

const words = (s: string) => s.split(' ').filter(Boolean);

function countOccurrences(text: string, needle: string, limit = 2): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0 && count < limit; at = text.indexOf(needle, at + 1)) count++;
  return count;
}

/**
 * Directive for text[start, end) of a normalised page text. Adds a few words of context before
 * and after when the quote alone would match elsewhere first.
 */
export function textFragment(text: string, start: number, end: number): string {
  [start, end] = toWords(text, start, end);
  const exact = text.slice(start, end);
  const quoteWords = words(exact);
  const ranged = exact.length > WHOLE_QUOTE_MAX && quoteWords.length > EDGE_WORDS * 2;
  const textStart = ranged ? quoteWords.slice(0, EDGE_WORDS).join(' ') : exact;
  const textEnd = ranged ? quoteWords.slice(-EDGE_WORDS).join(' ') : '';
  const before = words(text.slice(Math.max(0, start - 200), start));
  const after = words(text.slice(end, end + 200));
  let prefix = '';
  let suffix = '';
  for (let n = 1; n <= MAX_CONTEXT_WORDS && countOccurrences(text, `${prefix} ${exact} ${suffix}`.trim()) > 1; n++) {
    prefix = before.slice(-n).join(' ');
    suffix = after.slice(0, n).join(' ');
  }
  const parts = [
    prefix && `${encodeFragmentPart(prefix)}-`,
    encodeFragmentPart(textStart),
    textEnd && encodeFragmentPart(textEnd),
    suffix && `-${encodeFragmentPart(suffix)}`,
  ].filter(Boolean);
  return `:~:text=${parts.join(',')}`;
}
