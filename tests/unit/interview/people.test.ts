import { describe, expect, it } from 'vitest';
import { looksLikeName, People } from '@/utils/interview/people';

describe('People, looked up by key', () => {
  it('finds a person by name, alias, first and last word, or initials, and nobody when two fit', () => {
    const people = new People();
    const luca = people.add('Luca Antiga')!;
    const lena = people.add('Lena Antiga')!;
    people.addAlias(luca, 'LA host');
    expect(people.find('Luca Antiga')).toBe(luca);
    expect(people.find('LA host')).toBe(luca);
    expect(people.find('Luca')).toBe(luca);
    expect(people.find('Luca P. Antiga')).toBe(luca);
    // "Antiga" is an alias of both: the one met first, as a scan of the list finds.
    expect(people.find('Antiga')).toBe(luca);
    // "LA" are the initials of both: nobody.
    expect(people.find('LA')).toBeUndefined();
    expect(people.find('LeA')).toBeUndefined();
    expect(people.find('Lena')).toBe(lena);
  });

  it('files a person again when their name grows ("Luca Antiga", then "Luca P. Antiga")', () => {
    const people = new People();
    const luca = people.add('Luca Antiga')!;
    expect(people.add('Luca P. Antiga')).toBe(luca);
    expect(luca.name).toBe('Luca P. Antiga');
    expect(people.find('Luca Antiga')).toBe(luca);
    expect(people.find('LPA')).toBe(luca);
    expect(people.find('LA')).toBeUndefined();
    expect(
      people.namedIn('Luca said so, and Luca P. Antiga agreed.').map(({ at, person }) => [at, person.name]),
    ).toEqual([
      [0, 'Luca P. Antiga'],
      [18, 'Luca P. Antiga'],
      [18, 'Luca P. Antiga'],
      [26, 'Luca P. Antiga'],
    ]);
  });

  it('follows at most its limit of people, counting the names it turns away, and still merges into those it follows', () => {
    const people = new People(new Set(), 2);
    people.add('Ada Lovelace');
    people.add('Grace Hopper');
    expect(people.capped()).toBeUndefined();
    expect(people.add('Alan Turing')).toBeUndefined();
    expect(people.add('Alan Turing')).toBeUndefined();
    expect(people.add('Edsger Dijkstra')).toBeUndefined();
    expect(people.add('Ada Lovelace', ['mathematician'])?.roles).toEqual(['mathematician']);
    expect(people.capped()).toEqual({ found: 4, kept: 2 });
  });

  it('finds 50,000 people by name without scanning the list for each', () => {
    const people = new People(new Set(), 50_000);
    const names = Array.from({ length: 50_000 }, (_, k) => `Person${k.toString(36)}a Family${k.toString(36)}b`);
    for (const name of names) people.add(name);
    expect(people.list).toHaveLength(50_000);
    expect(names.every((name, k) => people.find(name) === people.list[k])).toBe(true);
  });
});

describe('looksLikeName', () => {
  it('takes no company, institution or event for a person, by the word its name ends with', () => {
    expect(looksLikeName('Havelstein Capital', new Set())).toBe(false);
    expect(looksLikeName('Nordwerk GmbH', new Set())).toBe(false);
    expect(looksLikeName('Lantern Ventures', new Set())).toBe(false);
    expect(looksLikeName('ShipIt Summit', new Set())).toBe(false);
    expect(looksLikeName('Sabine Okafor', new Set())).toBe(true);
  });
});
