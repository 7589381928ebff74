import { describe, expect, it } from 'vitest';
import { Request } from '@/utils/messages/protocol';

const page = { title: 'Why PyTorch Won', canonical: 'https://thenewstack.io/why-pytorch-won/' };
const valid = {
  type: 'highlight:create',
  page,
  quote: {
    type: 'TextQuoteSelector',
    exact: 'PyTorch was there',
    prefix: 'reinvented itself, ',
    suffix: ',” he said.',
  },
  position: { type: 'TextPositionSelector', start: 120, end: 148 },
  colour: 'yellow',
};

describe('Request schema', () => {
  it('accepts a well-formed highlight', () => {
    expect(Request.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'db:drop' }],
    ['a missing type', { page }],
    ['a non-object', 'highlight:create'],
    ['null', null],
    ['an empty quote', { ...valid, quote: { ...valid.quote, exact: '' } }],
    ['a whitespace-only quote', { ...valid, quote: { ...valid.quote, exact: ' \n\t ' } }],
    ['a 50,001-character quote', { ...valid, quote: { ...valid.quote, exact: 'x'.repeat(50_001) } }],
    ['a reversed position', { ...valid, position: { ...valid.position, start: 9, end: 3 } }],
    ['a negative position', { ...valid, position: { ...valid.position, start: -1 } }],
    ['a fractional position', { ...valid, position: { ...valid.position, end: 3.5 } }],
    ['an unknown colour', { ...valid, colour: 'javascript:alert(1)' }],
    ['an extra field (a page URL smuggled in)', { ...valid, pageUrl: 'https://evil.example/' }],
    ['an extra page field', { ...valid, page: { ...page, url: 'https://evil.example/' } }],
    ['a title that is not text', { ...valid, page: { title: { toString: 1 } } }],
    ['a delete without an id', { type: 'highlight:delete', id: '' }],
    ['a delete with an id longer than any record’s', { type: 'highlight:delete', id: 'x'.repeat(101) }],
  ])('rejects %s', (_why, payload) => {
    expect(Request.safeParse(payload).success).toBe(false);
  });
});
