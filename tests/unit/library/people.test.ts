import { describe, expect, it } from 'vitest';
import { personKey } from '@/utils/library/fold';
import { peopleOf } from '@/utils/library/people';
import { joinRows } from '@/utils/library/rows';
import { articles, highlight, highlights, lightning, museum, pytorch } from './fixtures';

const people = peopleOf(joinRows(articles, highlights));
const luca = people.find((person) => person.name === 'Luca Antiga')!;

describe('peopleOf', () => {
  it('lists every speaker once, most quoted first, then by name', () => {
    expect(people.map((person) => [person.name, person.count])).toEqual([
      ['Luca Antiga', 5],
      ['Frederic Lardinois', 1],
      ['Priya Raman', 1],
      ['Sebastian Ortega', 1],
      ['Zoë Brennan', 1],
    ]);
  });

  it('merges one person spelled differently across articles, shown by the most common spelling', () => {
    expect(people.filter((person) => /antiga/i.test(person.name))).toHaveLength(1);
    expect(luca.articles.map((group) => group.article.id)).toEqual([lightning.id, pytorch.id]);
  });

  it('lists the roles each article gave them, once each', () => {
    expect(luca.roles).toEqual([
      { article: lightning, roles: ['co-founder of Lightning AI', 'CTO of Lightning AI'] },
      {
        article: pytorch,
        roles: ['CTO of Lightning AI', 'head of the PyTorch Foundation’s Technical Advisory Council'],
      },
    ]);
  });

  it('groups their quotes by article, newest article first, quotes in text order', () => {
    expect(luca.articles.map((group) => group.highlights.map((h) => h.id))).toEqual([
      ['podcast-scale', 'podcast-open'],
      ['tns-why', 'tns-inference', 'tns-ray'],
    ]);
  });

  it('keeps people quoted only in a highlight whose article is missing', () => {
    const priya = people.find((person) => person.name === 'Priya Raman')!;
    expect(priya.articles).toMatchObject([{ article: { id: 'deleted-article' }, highlights: [{ id: 'lost-quote' }] }]);
  });

  it('uses the spelling most highlights use, even when it is not the first seen', () => {
    const spelled = peopleOf(
      joinRows(
        [museum],
        [
          highlight('one', museum.id, 'a', 1, { speaker: { name: 'zoe brennan', roles: [] } }),
          highlight('two', museum.id, 'b', 2, { speaker: { name: 'Zoë Brennan', roles: [] } }),
          highlight('three', museum.id, 'c', 3, { speaker: { name: 'Zoë  Brennan', roles: [] } }),
        ],
      ),
    );
    expect(spelled).toMatchObject([{ name: 'Zoë Brennan', count: 3, roles: [] }]);
  });
});

describe('personKey', () => {
  it('ignores case, accents, extra spaces and a title before or a degree after the name', () => {
    const key = personKey('Zoe Brennan');
    for (const spelling of [
      'zoë brennan',
      ' Zoë   Brennan ',
      'Dr. Zoë Brennan',
      'Prof Zoe Brennan',
      'Zoë Brennan, PhD',
      'Zoe Brennan Ph.D.',
    ]) {
      expect(personKey(spelling)).toBe(key);
    }
    expect(personKey('Zoë Brennan')).not.toBe(personKey('Zoë Brenner'));
    expect(personKey('Dr.')).toBe('dr.');
  });
});
