import { describe, expect, it } from 'vitest';
import { citation, citationDate } from '@/utils/export/citation';
import { pytorchArticle, pytorchHighlights } from './records';
import type { HighlightRecord } from '@/utils/db/records';

const [ray, pytorch, foundation] = pytorchHighlights as [
  HighlightRecord,
  HighlightRecord,
  HighlightRecord,
  ...HighlightRecord[],
];

describe('citation', () => {
  it('cites quote, speaker with roles, title, site, date and the link to the quote', () => {
    expect(citation(pytorchArticle, pytorch)).toBe(
      '“PyTorch won because it never stopped feeling like Python. You could drop a breakpoint anywhere and look at your tensors.” — Luca Antiga, CTO of Lightning AI, head of the PyTorch Foundation’s Technical Advisory Council, in “Why PyTorch Won” (The New Stack, 22 October 2025) https://thenewstack.io/why-pytorch-won/#:~:text=PyTorch%20won%20because%20it%20never%20stopped%20feeling%20like%20Python.%20You%20could%20drop%20a%20breakpoint%20anywhere%20and%20look%20at%20your%20tensors.',
    );
  });

  it('leaves out the speaker, date and fragment when they are unknown', () => {
    const { published: _, ...undated } = pytorchArticle;
    expect(citation(undated, { ...foundation, fragment: undefined })).toBe(
      '“The PyTorch Foundation has grown well beyond PyTorch itself.” in “Why PyTorch Won” (The New Stack) https://thenewstack.io/why-pytorch-won/',
    );
    const bare = { ...ray, speaker: { name: 'Luca Antiga', roles: [] }, fragment: undefined };
    expect(citation({ ...undated, title: ' ', site: '' }, bare)).toBe(
      '“Ray and DeepSpeed solve the problems right next to the model, scheduling and scale, so it made sense to bring them under one roof.” — Luca Antiga https://thenewstack.io/why-pytorch-won/',
    );
  });

  it('collapses the quote’s line breaks and spaces but keeps a long quote whole', () => {
    const long = Array.from({ length: 400 }, (_, k) => `word${k}`).join(' \r\n\u2028 ');
    const cited = citation(pytorchArticle, { ...foundation, quote: { ...foundation.quote, exact: long } });
    expect(
      cited.startsWith(`“${Array.from({ length: 400 }, (_, k) => `word${k}`).join(' ')}” in “Why PyTorch Won”`),
    ).toBe(true);
    expect(cited).not.toMatch(/[\r\n\u2028]/);
  });

  it('keeps the link in one piece when the address has spaces or brackets', () => {
    const odd = { ...pytorchArticle, url: 'https://example.org/a b/(c)' };
    expect(
      citation(odd, { ...foundation, fragment: ':~:text=x' })
        .split(' ')
        .pop(),
    ).toBe('https://example.org/a%20b/%28c%29#:~:text=x');
  });
});

describe('citationDate', () => {
  it('writes ISO dates as day, English month and year, as the page dated them', () => {
    expect(citationDate('2025-10-22')).toBe('22 October 2025');
    expect(citationDate('2025-10-22T23:30:00-07:00')).toBe('22 October 2025');
    expect(citationDate('2024-02-29T00:00:00Z')).toBe('29 February 2024');
  });

  it('keeps dates it cannot read as given', () => {
    expect(citationDate('Spring 2025')).toBe('Spring 2025');
    expect(citationDate('2025-02-30')).toBe('2025-02-30');
    expect(citationDate('22/10/2025')).toBe('22/10/2025');
  });
});
