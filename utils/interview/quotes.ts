import type { Steps } from '../pace/steps';
import { NAME, PRONOUNS, SPEECH_VERBS, TITLE_CUES } from './lexicon';
import type { Paragraph } from './paragraphs';

/** A direct quotation found in the article. */
export interface QuoteSpan {
  /** The words inside the quotation marks (paragraphs of one quote joined by a space). */
  text: string;
  /** [start, end) of the quoted words in the index text (from the first to the last paragraph). */
  start: number;
  end: number;
  /** Index of the paragraph where the quote opens, and of the one where it closes. */
  first: number;
  last: number;
  /** Who an incise inside the marks names: « Au début, raconte Camille Rochat, nous pensions… ». */
  incise?: string;
}

// An incise: ", raconte Camille Rochat, " · ", she said, " · ", a-t-elle expliqué, " between two parts of one quote.
const INCISE = new RegExp(
  String.raw`,\s+(?:(?:${SPEECH_VERBS})\s+(${NAME}|${PRONOUNS})|(${NAME}|${PRONOUNS})\s+(?:${SPEECH_VERBS})|\p{Ll}+(?:-t)?-(il|elle)(?:\s+\p{Ll}+é)?)\s*,\s+(?=\S)`,
  'u',
);

/** Opening marks and the marks that close them. */
const CLOSERS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '»': '«', '"': '"' };
const OPENERS = new Set(Object.keys(CLOSERS));
const QUOTE_MARKS = /[“”„«»"]/g;

const SPEECH_NEARBY = new RegExp(String.raw`^[\s,.;:—–-]*(?:[\p{L}’'.-]+\s+){0,4}?(?:${SPEECH_VERBS})\b`, 'iu');
const SPEECH_BEFORE = new RegExp(String.raw`\b(?:${SPEECH_VERBS})\b[^.!?]{0,60}[:,]?\s*$`, 'iu');

/** Any verb in the past beside a name or pronoun: "“…,” cried Turkey", "“…,” she whispered". */
const SOMEONE_DID =
  /^\s*(?:\p{Ll}+ed\s+(?:\p{Lu}|(?:he|she|they)\b)|(?:\p{Lu}[\p{L}.’'-]+\s+){1,3}\p{Ll}+ed\b|(?:he|she|they|I|we)\s+\p{Ll}+ed\b)/u;

/** A straight quote opens after a space or bracket, and before a letter; closes the other way. */
const opensHere = (text: string, at: number): boolean => {
  const mark = text[at]!;
  if (mark !== '"') return true;
  const before = text[at - 1];
  return (before === undefined || /[\s([{—–-]/.test(before)) && /\S/.test(text[at + 1] ?? '');
};

/**
 * A drop cap or a slip can lose a paragraph's opening mark. Words from the paragraph's start up to
 * a mark that can only close (”, or " after a word) and that a speech verb follows (…,” he says)
 * are still a quote.
 */
const lostItsOpening = (text: string): boolean => {
  const at = text.search(/[“”„«»"]/);
  const closesOnly = text[at] === '”' || (text[at] === '"' && !opensHere(text, at));
  // Speech closes after punctuation ("…time,” admits); inch marks follow digits (a 27" display).
  return at > 0 && closesOnly && /[,.!?…]$/.test(text.slice(0, at)) && SPEECH_NEARBY.test(text.slice(at + 1, at + 80));
};

/** Title Case: every word of two or more begins with a capital letter (small words aside). */
const isTitleCase = (words: string[]) =>
  words.length >= 2 &&
  words.every(
    (word) => /^[\p{Lu}\d]/u.test(word) || /^(a|an|the|of|and|or|with|in|on|for|to|at|by|from|is|vs\.?)$/i.test(word),
  );

/**
 * Whether quoted words are speech, not a title (“Deep Learning with PyTorch”) or a scare-quoted
 * term (so-called “serverless”): short spans count only with a speech verb beside them or when
 * they end like speech.
 */
export function isSpeech(text: string, before: string, after: string): boolean {
  const words = text.trim().split(/\s+/, 9);
  if (words.length > 8) return true; // titles and terms are short
  if (TITLE_CUES.test(before)) return false;
  const endsSentence = /[.!?…:;—]['’‘]?$/.test(text.trim());
  if (endsSentence && !isTitleCase(words)) return true; // most quotes: no pattern more to run
  const spoken = SPEECH_NEARBY.test(after) || SPEECH_BEFORE.test(before);
  // A comma inside the marks leads into an attribution ("“…,” she said"); without one it is only
  // the house style that puts commas inside marks (the so-called “modern data stack,” which …).
  const endsLikeSpeech = endsSentence || (/,['’‘]?$/.test(text.trim()) && (spoken || SOMEONE_DID.test(after)));
  if (endsLikeSpeech && !isTitleCase(words)) return true;
  if (isTitleCase(words) && !endsLikeSpeech && !spoken) return false;
  return spoken || endsLikeSpeech || words.length > 3;
}

interface Open {
  closers: string;
  /** Offset of the first quoted character in the index text. */
  from: number;
  first: number;
  /** The quoted words of each paragraph so far. */
  parts: string[];
}

/**
 * Every direct quotation in the paragraphs, in order. A quote may run over several paragraphs:
 * by convention each paragraph reopens it and only the last one closes it. Marks inside an open
 * quote (nested quotes, apostrophes) stay part of it. In steps, a paragraph each.
 */
export function* findQuotes(paragraphs: readonly Paragraph[]): Steps<QuoteSpan[]> {
  const quotes: QuoteSpan[] = [];
  let open: Open | null = null;

  /** Ends the open quote at offset `end` of the index text, with `after` the words that follow. */
  const finish = (quote: Open, last: number, end: number, after: string) => {
    const text = quote.parts.join(' ').trim();
    const first = paragraphs[quote.first]!;
    const before = first.text.slice(
      Math.max(0, quote.from - first.start - 81),
      Math.max(0, quote.from - first.start - 1),
    );
    if (!text || !isSpeech(text, before, after)) return;
    const incise = quote.first === last ? text.match(INCISE) : null;
    if (!incise) {
      quotes.push({ text, start: quote.from, end, first: quote.first, last });
      return;
    }
    // One quote around an incise is two spans, both said by whom the incise names.
    const speaker = incise[1] ?? incise[2] ?? incise[3]!;
    const cut = incise.index! + 1; // the comma stays with the first part
    const resume = incise.index! + incise[0].length;
    const raw = quote.parts.join(' ');
    const from = quote.from + raw.length - raw.trimStart().length; // within one paragraph, text and index agree
    quotes.push({ text: text.slice(0, cut), start: from, end: from + cut, first: quote.first, last, incise: speaker });
    quotes.push({ text: text.slice(resume), start: from + resume, end, first: quote.first, last, incise: speaker });
  };

  for (let p = 0; p < paragraphs.length; p++) {
    yield;
    const paragraph = paragraphs[p]!;
    const { text } = paragraph;
    let wordsFrom = 0; // where the open quote's words start in this paragraph
    if (open) {
      // A continued quote reopens the paragraph with an opening mark; otherwise it ended unclosed.
      if (OPENERS.has(text[0]!)) wordsFrom = 1;
      else {
        const previous = paragraphs[p - 1]!;
        finish(open, p - 1, previous.start + previous.text.length, '');
        open = null;
      }
    }
    if (!open && lostItsOpening(text)) open = { closers: '”"', from: paragraph.start, first: p, parts: [] };
    const german = text.includes('„');
    // Jump from quotation mark to quotation mark (long articles are mostly plain words).
    QUOTE_MARKS.lastIndex = wordsFrom;
    for (let found = QUOTE_MARKS.exec(text); found; found = QUOTE_MARKS.exec(text)) {
      const i = found.index;
      const mark = found[0];
      if (open) {
        const closers: string = german && open.closers === '”' ? '“”' : open.closers;
        if (!closers.includes(mark) || (mark === '"' && !/^([\s,.;:!?)\]—–-]|$)/.test(text[i + 1] ?? ''))) continue;
        open.parts.push(text.slice(wordsFrom, i));
        finish(open, p, paragraph.start + i, text.slice(i + 1, i + 80));
        open = null;
      } else if (OPENERS.has(mark) && opensHere(text, i)) {
        open = { closers: CLOSERS[mark]!, from: paragraph.start + i + 1, first: p, parts: [] };
        wordsFrom = i + 1;
      }
    }
    if (open) (open as Open).parts.push(text.slice(wordsFrom));
  }
  if (open) {
    const last = paragraphs.length - 1;
    finish(open, last, paragraphs[last]!.start + paragraphs[last]!.text.length, '');
  }
  return quotes;
}
