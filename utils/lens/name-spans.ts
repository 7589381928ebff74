import { NameFinder, type NameHit } from '../interview/name-finder';
import type { Person } from '../interview/people';
import { firstAbove } from '../text/first-above';

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

/** A person's spans so far: their starts in order, and how far the spans up to each one reach (they may overlap). */
interface Taken {
  starts: number[];
  reach: number[];
}

function takenBy(spans: readonly NameSpan[]): Taken {
  let furthest = 0;
  return {
    starts: spans.map((span) => span.start),
    reach: spans.map((span) => (furthest = Math.max(furthest, span.end))),
  };
}

const isTaken = ({ starts, reach }: Taken, at: number): boolean => (reach[firstAbove(starts, at) - 1] ?? 0) > at;

/**
 * Where each person's names stand as whole words, from `hits` of `finderFor(people)` over `text`:
 * per person, their longest name first, and a shorter one (a surname) skipped where it starts
 * inside a longer one already found. People in the order given, each one's spans in text order.
 */
export function nameSpans(people: readonly Person[], hits: readonly NameHit[]): NameSpan[] {
  const startsOf = new Map<string, number[]>();
  for (const { at, name } of hits) {
    const starts = startsOf.get(name);
    if (starts) starts.push(at);
    else startsOf.set(name, [at]);
  }
  return people.flatMap((person) => {
    let own: NameSpan[] = [];
    for (const name of namesOf(person).sort((a, b) => b.length - a.length)) {
      const taken = takenBy(own);
      const found: NameSpan[] = [];
      for (const start of startsOf.get(name) ?? []) {
        if (start < (found.at(-1)?.end ?? 0) || isTaken(taken, start)) continue;
        found.push({ person, start, end: start + name.length });
      }
      own = [...own, ...found].sort((a, b) => a.start - b.start);
    }
    return own;
  });
}
