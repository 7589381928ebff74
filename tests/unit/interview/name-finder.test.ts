import { describe, expect, it } from 'vitest';
import { NameFinder } from '@/utils/interview/name-finder';

const found = (finder: NameFinder, text: string) => finder.find(text).map(({ at, name }) => `${at}:${name}`);

describe('NameFinder', () => {
  it('finds every name where it stands as whole words, in text order, several at one place', () => {
    const finder = new NameFinder(['Luca Antiga', 'Luca', 'Antiga', "O'Brien", 'Ann']);
    const text = "Luca Antiga met Anne and Ann O'Brien; Antiga's team (Luca) agreed, Lucas did not.";
    expect(found(finder, text)).toEqual([
      '0:Luca Antiga',
      '0:Luca',
      '5:Antiga',
      '25:Ann',
      "29:O'Brien",
      '38:Antiga',
      '53:Luca',
    ]);
  });

  it('finds names that begin with something other than a letter only between words', () => {
    const finder = new NameFinder(['_dan', '2Pac']);
    expect(found(finder, 'sre_dan and _dan, x2Pac and 2Pac.')).toEqual(['12:_dan', '28:2Pac']);
  });

  it('reads a text in pieces as it reads it whole: a name cut by a piece is found in the piece it starts in', () => {
    const finder = new NameFinder(['Luca Antiga', 'Antiga']);
    const text = 'Hello Luca Antiga, and Antiga again. Xantiga Antiga';
    const whole = finder.find(text);
    const pieces = [0, 8, 13, 30, 44].flatMap((from, k, cuts) => finder.find(text, from, cuts[k + 1] ?? text.length));
    expect(pieces).toEqual(whole);
  });

  it('forgets a deleted name, and keeps names that share its first word', () => {
    const finder = new NameFinder(['Luca Antiga', 'Luca']);
    finder.delete('Luca');
    expect(found(finder, 'Luca Antiga and Luca')).toEqual(['0:Luca Antiga']);
  });

  it('finds 50,000 distinct names in one pass', () => {
    const names = Array.from(
      { length: 50_000 },
      (_, k) => `Name${String.fromCharCode(65 + (k % 26))}x${k.toString(36)} Surname${k}`,
    );
    const finder = new NameFinder(names);
    const text = names.map((name, k) => `“Release ${k},” said ${name}.`).join(' ');
    const hits = finder.find(text);
    expect(hits.map((hit) => hit.name)).toEqual(names);
    for (const hit of hits.slice(0, 100)) expect(text.slice(hit.at, hit.at + hit.name.length)).toBe(hit.name);
  });
});
