import { describe, expect, it } from 'vitest';
import type { Paragraph } from '@/utils/interview/paragraphs';
import { findQuotes, isSpeech } from '@/utils/interview/quotes';
import { finish } from '@/utils/pace/steps';

/** The quoted texts findQuotes reads in these paragraphs. */
function quotesIn(...texts: string[]): string[] {
  let start = 0;
  const paragraphs = texts.map((text) => {
    const paragraph = { text, start, element: null as unknown as Element } satisfies Paragraph;
    start += text.length + 1;
    return paragraph;
  });
  return finish(findQuotes(paragraphs)).map((quote) => quote.text);
}

describe('whether quoted words are speech', () => {
  it('takes a short phrase beside a speech verb as speech', () => {
    expect(isSpeech('Never again', 'She said ', ' and left.')).toBe(true);
  });

  it('does not take a product, a term or a newspaper beside a verb that only reports as speech', () => {
    expect(isSpeech('Vision Pro', 'Apple revealed its new ', ' headset in June.')).toBe(false);
    expect(isSpeech('good old days', 'He remembers the ', ' fondly.')).toBe(false);
    expect(isSpeech('Nordkurier', 'Wie der ', ' berichtet, sinken die Zahlen.')).toBe(false);
  });
});

describe('a short quote ending in a comma', () => {
  it('is speech when someone is said to have said it, with any verb', () => {
    expect(isSpeech('Don’t get nervous,', 'the clamp. ', ' instructed Milton Velez, the supervisor.')).toBe(true);
    expect(isSpeech('Too much confinement,', '', ' I cried, “why…')).toBe(true);
    expect(isSpeech('Yes,', '', ' she said.')).toBe(true);
  });

  it('is a term or a title when nobody says it (commas inside the marks are house style)', () => {
    expect(isSpeech('modern data stack,', 'sold as the so-called ', ' which she calls a trap.')).toBe(false);
    expect(isSpeech('Readings in Database Systems,', 'She keeps a copy of ', ' the red book, on her desk.')).toBe(
      false,
    );
  });
});

describe('findQuotes', () => {
  it('reads a quote whose paragraph lost its opening mark (a drop cap) when a speech verb follows its close', () => {
    expect(quotesIn('We had no time at all,” admits Jane Roe. “Then the board said yes.”')).toEqual([
      'We had no time at all,',
      'Then the board said yes.',
    ]);
    expect(quotesIn('It was a different brand," says Roe. "We chose speed."')).toEqual([
      'It was a different brand,',
      'We chose speed.',
    ]);
  });

  it('takes no quote from an inch mark, even when a verb follows', () => {
    expect(quotesIn('The 27" display says a lot about who the machine is for.')).toEqual([]);
  });

  it('takes no quote from a closing mark that no speech verb follows', () => {
    expect(quotesIn('The 12” model ships in May, the company said.')).toEqual([]);
    expect(quotesIn('Mid-sentence," and then nothing.')).toEqual([]);
  });
});
