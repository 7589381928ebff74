import { describe, expect, it } from 'vitest';
import { gatherSignals } from '@/utils/interview/signals';
import { capsIn, detectionOf } from '@/utils/messages/summary';
import { fixturePages, loadPage } from '../interview/fixtures';

describe('the limits field of the lens summary, as the popup reads it', () => {
  it('keeps a well-formed field', () => {
    const capped = { people: { found: 50_000, kept: 200 }, names: { found: 12_000, kept: 10_000 } };
    expect(capsIn({ isInterview: true, capped })).toEqual(capped);
  });

  it('drops a missing or malformed field: other keys, negative or fractional counts, text', () => {
    for (const capped of [
      undefined,
      null,
      'many',
      { people: { found: -1, kept: 200 } },
      { people: { found: 1.5, kept: 1 } },
      { people: { found: 2, kept: 1, extra: 1 } },
      { everyone: { found: 2, kept: 1 } },
      { quotes: { found: '2', kept: 1 } },
    ]) {
      expect(capsIn({ capped })).toBeUndefined();
    }
  });
});

const page = (name: string) => fixturePages().find((candidate) => candidate.name === name)!;

describe('the popup reads the detector’s signals as the background does', () => {
  it('says why an interview is one, and why a press release is not', () => {
    const interview = detectionOf(gatherSignals(loadPage(page('interviews/tns-why-pytorch-won.html'))));
    expect(interview).toMatchObject({ isInterview: true, format: 'narrative' });
    expect(interview!.reasons.length).toBeGreaterThan(0);
    expect(detectionOf(gatherSignals(loadPage(page('not-interviews/press-release.html'))))).toMatchObject({
      isInterview: false,
    });
  });

  it('gives nothing for a reply that is not well-formed signals', () => {
    for (const reply of [undefined, null, 'interview', { heading: 'x' }, { heading: 1, data: '', blocks: [] }])
      expect(detectionOf(reply)).toBeNull();
    expect(
      detectionOf({
        heading: '',
        data: '',
        blocks: Array.from({ length: 61 }, () => ({ text: 'Q: why?', marked: true, asking: true })),
      }),
    ).toBeNull();
  });
});
