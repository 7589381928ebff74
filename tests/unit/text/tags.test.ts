import { describe, expect, it } from 'vitest';
import { parseTags } from '@/utils/text/tags';

describe('parseTags', () => {
  it('splits on commas and line breaks, trims, drops empties and repeats', () => {
    expect(parseTags(' pytorch, vllm,,\ninference , pytorch ')).toEqual(['pytorch', 'vllm', 'inference']);
  });
  it('keeps markup as plain text and caps the length', () => {
    expect(parseTags('<img src=x onerror=alert(1)>')).toEqual(['<img src=x onerror=alert(1)>']);
    expect(parseTags('x'.repeat(100))[0]).toHaveLength(64);
  });
});
