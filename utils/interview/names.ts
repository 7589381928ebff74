import { NAME, ROLE_WORDS } from './lexicon';
import { trimName, type People } from './people';
import { isRoleNoun } from './role-words';

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
      const { name } = splitTitle(trimName(match[0])); // "Stackwerft-Gründer Lukas Reinhardt: …" names Lukas Reinhardt
      if (!people.canBePerson(name)) continue;
      all.add(name);
      const words = name.split(/\s+/);
      for (const word of [words[0]!, words.at(-1)!]) if (!byWord.has(word)) byWord.set(word, name);
    }
  }
  return Object.assign((word: string) => byWord.get(word), { names: () => [...all] });
}

/** "Lightning AI CTO Luca Antiga" read as one capitalised run: the title, then the name. */
export function splitTitle(run: string): { name: string; title?: string } {
  const words = run.split(/\s+/);
  let last = -1;
  words.forEach((word, k) => {
    if ((ROLE_WORDS.test(word) || isRoleNoun(word)) && k < words.length - 2) last = k;
  });
  return last < 0
    ? { name: run }
    : { name: words.slice(last + 1).join(' '), title: words.slice(0, last + 1).join(' ') };
}
