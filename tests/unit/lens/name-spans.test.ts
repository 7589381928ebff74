import { describe, expect, it } from 'vitest';
import type { Person } from '@/utils/interview/people';
import { finderFor, nameSpans } from '@/utils/lens/name-spans';

const LETTER = /\p{L}/u;

/** The lens's spans as they were found before, one whole-text search per name and person: the reference. */
function searchedPerName(text: string, people: readonly Person[]): Array<[string, number, number]> {
  return people.flatMap((person) => {
    const names = [person.name, ...person.aliases.filter((alias) => alias.length > 2)].sort(
      (a, b) => b.length - a.length,
    );
    const taken = new Uint8Array(text.length);
    const spans: Array<[string, number, number]> = [];
    for (const name of names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const end = at + name.length;
        if (taken[at] || LETTER.test(text[at - 1] ?? '') || LETTER.test(text[end] ?? '')) continue;
        taken.fill(1, at, end);
        spans.push([person.name, at, end]);
      }
    }
    return spans.sort((a, b) => a[1] - b[1]);
  });
}

const onePass = (text: string, people: readonly Person[]) =>
  nameSpans(people, finderFor(people).find(text)).map(({ person, start, end }): [string, number, number] => [
    person.name,
    start,
    end,
  ]);

const person = (name: string, aliases: string[]): Person => ({ name, aliases, roles: [] });

describe('name spans found in one pass', () => {
  const people = [
    person('Luca Antiga', ['Antiga', 'Luca', 'LA']),
    person('Anna Luca', ['Luca', 'Anna']),
    person('Soumith Chintala', ['Chintala', 'Soumith', 'Chintala (Meta)']),
  ];
  const text =
    'Luca Antiga, the CTO, met Anna Luca and Soumith Chintala. “It grew,” Antiga said; LA agreed. Luca laughed, ' +
    'Chintala (Meta) nodded, and Lucas, Antigas and Annabel were not named. Chintala’s view: Anna Luca Antiga is two people.';

  it('are the spans one search per name found: whole words, longest name first, a surname inside a full name skipped', () => {
    const spans = onePass(text, people);
    expect(spans).toEqual(searchedPerName(text, people));
    // Surnames inside the full name are not underlined again, initials never are.
    expect(spans.filter(([name]) => name === 'Luca Antiga').map(([, start, end]) => text.slice(start, end))).toEqual([
      'Luca Antiga',
      'Luca',
      'Antiga',
      'Luca',
      'Luca Antiga',
    ]);
    expect(
      spans.filter(([name]) => name === 'Soumith Chintala').map(([, start, end]) => text.slice(start, end)),
    ).toEqual(['Soumith Chintala', 'Chintala (Meta)', 'Chintala']);
  });

  it('are the same on every fixture-like mix of names, for each of several people sharing names', () => {
    const words = ['Luca', 'Antiga', 'Anna', 'Soumith', 'Chintala', 'Lucas', 'and', '“said”', 'Luca Antiga', '(Meta)'];
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let round = 0; round < 50; round++) {
      const mixed = Array.from({ length: 40 }, () => words[Math.floor(random() * words.length)]).join(
        random() < 0.5 ? ' ' : ', ',
      );
      expect(onePass(mixed, people)).toEqual(searchedPerName(mixed, people));
    }
  });

  it('handle 50,000 people, each named once', () => {
    // Letters only: "Last1" would be a whole word inside "Last10" (digits do not join words).
    const word = (k: number) =>
      [...k.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('');
    const many = Array.from({ length: 50_000 }, (_, k) =>
      person(`First${word(k)} Last${word(k)}`, [`Last${word(k)}`, `First${word(k)}`]),
    );
    const page = many.map((one, k) => `“Release ${k},” said ${one.name}. ${one.aliases[0]} smiled.`).join(' ');
    const spans = onePass(page, many);
    expect(spans).toHaveLength(100_000);
    expect(
      spans.every(([name, start, end]) => [name, `Last${name.split('Last')[1]}`].includes(page.slice(start, end))),
    ).toBe(true);
    expect(onePass(page.slice(0, 200), many.slice(0, 2))).toEqual(
      searchedPerName(page.slice(0, 200), many.slice(0, 2)),
    );
  });
});
