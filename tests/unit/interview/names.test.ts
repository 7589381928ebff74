import { describe, expect, it } from 'vitest';
import { fullNamesIn } from '@/utils/interview/names';
import { People } from '@/utils/interview/people';

describe('fullNamesIn', () => {
  it('reads the name after a title run on before it, hyphenated or not', () => {
    const names = fullNamesIn(
      ['Kiebitz-Gründer Jonas Berg: „Wir bauen nichts, was wir nicht betreiben können“', 'Acme CTO Nia Cole on builds'],
      new People(),
    );
    expect(names.names()).toEqual(['Jonas Berg', 'Nia Cole']);
    expect(names('Berg')).toBe('Jonas Berg');
  });
});
