import { NAME } from './lexicon';
import { trimName, type People } from './people';

const NAMES = new RegExp(NAME, 'gu');

/**
 * Full names the page writes anywhere (title, headings, text), by surname and first name: so a
 * Q&A label "Hightower:" or "Kelsey:" finds Kelsey Hightower from the headline.
 */
export function fullNamesIn(
  texts: readonly string[],
  people: People,
): ((word: string) => string | undefined) & { names: () => string[] } {
  const byWord = new Map<string, string>();
  const all = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(NAMES)) {
      const name = trimName(match[0]);
      if (!people.canBePerson(name)) continue;
      all.add(name);
      const words = name.split(/\s+/);
      for (const word of [words[0]!, words.at(-1)!]) if (!byWord.has(word)) byWord.set(word, name);
    }
  }
  return Object.assign((word: string) => byWord.get(word), { names: () => [...all] });
}
