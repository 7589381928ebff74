import { describe, expect, it } from 'vitest';
import { detectInterview, withVerdict } from '@/utils/interview/detect';
import { gatherSignals } from '@/utils/interview/signals';
import { readInterview } from '@/utils/lens/interview-view';
import { plainWhy } from '@/utils/popup/plain-why';
import { fixturePages, loadPage } from '../interview/fixtures';

const JARGON = /structured data|turns labelled|speech verb|“\w+:”|\bformat\b|\bqa\b|narrative/i;

describe('the popup’s one-sentence "why"', () => {
  for (const page of fixturePages()) {
    it(`${page.name}: agrees with the verdict, in plain words`, () => {
      const summary = readInterview(loadPage(page)).report();
      const why = plainWhy(summary);
      expect(why.startsWith(summary.isInterview ? 'An interview: ' : 'Not an interview: ')).toBe(true);
      expect(why).not.toMatch(JARGON);
      expect(why.split(/[.!?](?:\s|$)/).filter(Boolean)).toHaveLength(1);
    });
  }

  it('names the people an interview is with, and follows the reader’s word over the detector’s', () => {
    const seed = fixturePages().find((page) => page.name === 'interviews/tns-why-pytorch-won.html')!;
    expect(plainWhy(readInterview(loadPage(seed)).report())).toBe(
      'An interview: the writer quotes what Luca Antiga told them.',
    );
    const detection = detectInterview(gatherSignals(loadPage(seed)));
    expect(plainWhy(withVerdict(detection, false))).toBe('Not an interview: you marked it so.');
  });

  it('gives what weighs against an interview, never a sign for one, as the reason a page is not one', () => {
    const why = plainWhy({
      isInterview: false,
      reasons: ['3 paragraphs quote someone with a speech verb', 'it reads like a press release, not an interview'],
    });
    expect(why).toBe('Not an interview: it reads like a press release.');
    expect(plainWhy({ isInterview: false, reasons: ['2 paragraphs quote someone with a speech verb'] })).toMatch(
      /^Not an interview: nobody here takes turns/,
    );
  });
});

describe('whom the popup says an interview is with', () => {
  const page = fixturePages().find((fixture) => fixture.name === 'interviews/qa-labelled-full-names.html')!;

  it('leaves out someone a question only quotes, though they are among its speakers', () => {
    const summary = readInterview(loadPage(page)).report();
    expect(summary.isInterview && 'speakers' in summary && summary.speakers.map((speaker) => speaker.name)).toContain(
      'Priya Natarajan',
    );
    expect(plainWhy(summary)).toBe('An interview: it is questions and answers with Helen Sato and Marcus Oyelaran.');
  });
});
