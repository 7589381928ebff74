import { NameFinder, type NameHit } from '../interview/name-finder';
import type { Person } from '../interview/people';

/** A person's name where it stands in the text: [start, end). */
export interface NameSpan {
  person: Person;
  start: number;
  end: number;
}

/** The names underlined for a person: their name, and aliases longer than initials. */
const namesOf = (person: Person) => [person.name, ...person.aliases.filter((alias) => alias.length > 2)];

/** The names of all `people`, to find in one pass over a text. */
export const finderFor = (people: readonly Person[]): NameFinder => new NameFinder(people.flatMap(namesOf));

/**
 * Where each person's names stand as whole words, from `hits` of `finderFor(people)` over `text`:
 * per person, their longest name first, and a shorter one (a surname) skipped where it starts
 * inside a longer one already found. People in the order given, each one's spans in text order.
 */
export function nameSpans(text: string, people: readonly Person[], hits: readonly NameHit[]): NameSpan[] {
  const startsOf = new Map<string, number[]>();
  for (const { at, name } of hits) {
    const starts = startsOf.get(name);
    if (starts) starts.push(at);
    else startsOf.set(name, [at]);
  }
  // Who last took each character: one array for everyone, each person marking with their own number.
  const takenBy = new Int32Array(text.length);
  const spans: NameSpan[] = [];
  people.forEach((person, k) => {
    const mark = k + 1;
    const own: NameSpan[] = [];
    for (const name of namesOf(person).sort((a, b) => b.length - a.length)) {
      for (const start of startsOf.get(name) ?? []) {
        if (takenBy[start] === mark) continue;
        takenBy.fill(mark, start, start + name.length);
        own.push({ person, start, end: start + name.length });
      }
    }
    spans.push(...own.sort((a, b) => a.start - b.start));
  });
  return spans;
}
