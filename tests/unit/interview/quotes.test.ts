import { describe, expect, it } from 'vitest';
import { isSpeech } from '@/utils/interview/quotes';

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
