import { NOT_NAMES, ROLE_WORDS } from './lexicon';

/** Someone who speaks or is quoted in the article. */
export interface Person {
  name: string;
  aliases: string[];
  /** Roles as the article phrases them. */
  roles: string[];
  organisation?: string;
}

const tokens = (name: string) => name.split(/\s+/).filter(Boolean);
const initialsOf = (name: string) =>
  tokens(name)
    .filter((token) => /^\p{Lu}/u.test(token))
    .map((token) => token[0])
    .join('');

const HONORIFIC = /^(?:Mr|Ms|Mrs|Mx|Dr|Prof|Professor|Herr|Frau|Mme|Mlle|M)\.?$/;

/** Drops sentence openers and honorifics caught with a name ("When Nadia Karimi" → "Nadia Karimi", "Mr Malone" → "Malone"). */
export const trimName = (name: string): string => {
  const parts = tokens(name.trim().replace(/[’']s$/, ''));
  while (parts.length > 1 && HONORIFIC.test(parts[0]!)) parts.shift();
  while (parts.length > 2 && NOT_NAMES.has(parts[0]!)) parts.shift();
  return parts.join(' ');
};

/** Whether a capitalised phrase can be a person's name (not a sentence opener, not a product). */
export function looksLikeName(raw: string, notPeople: ReadonlySet<string>): boolean {
  const name = trimName(raw);
  const parts = tokens(name);
  return (
    parts.length >= 2 &&
    parts.length <= 4 &&
    parts.every((part, k) => /^\p{Lu}/u.test(part) || (k > 0 && k < parts.length - 1 && /^(de|van|von|der|den|da|di|la|le|du|dos|del|bin|al|ter)$/.test(part))) &&
    !parts.some((part) => NOT_NAMES.has(part) || ROLE_WORDS.test(part)) &&
    !notPeople.has(name)
  );
}

/**
 * The people of one article, found by any of their names: full name, surname, first name or
 * initials, the way articles and Q&A labels refer to them after the first mention.
 */
export class People {
  readonly list: Person[] = [];

  constructor(private readonly notPeople: ReadonlySet<string> = new Set()) {}

  /** Adds a person (or merges what is new into the same person) and returns them. */
  add(name: string, roles: string[] = [], organisation?: string): Person {
    const clean = trimName(name);
    const existing = this.find(clean);
    if (existing) {
      for (const role of roles) if (!existing.roles.includes(role)) existing.roles.push(role);
      existing.organisation ??= organisation;
      if (tokens(clean).length > tokens(existing.name).length) existing.name = clean;
      this.refreshAliases(existing);
      return existing;
    }
    const person: Person = { name: clean, aliases: [], roles: [...roles], ...(organisation ? { organisation } : {}) };
    this.refreshAliases(person);
    this.list.push(person);
    return person;
  }

  private refreshAliases(person: Person): void {
    const parts = tokens(person.name);
    const aliases = new Set(person.aliases);
    if (parts.length >= 2) {
      aliases.add(parts.at(-1)!);
      aliases.add(parts[0]!);
    }
    aliases.delete(person.name);
    person.aliases = [...aliases];
  }

  /** Records a label ("SH", "Hightower") as another name of a person. */
  addAlias(person: Person, alias: string): void {
    if (alias !== person.name && !person.aliases.includes(alias)) person.aliases.push(alias);
  }

  canBePerson(name: string): boolean {
    return looksLikeName(name, this.notPeople);
  }

  /** The person a name, surname, first name or initials refer to, if exactly one fits. */
  find(name: string): Person | undefined {
    const wanted = trimName(name);
    if (!wanted) return undefined;
    const exact = this.list.find((person) => person.name === wanted || person.aliases.includes(wanted));
    if (exact) return exact;
    const parts = tokens(wanted);
    // "Luca Antiga" also finds someone first seen as "Antiga"; "LA" finds Luca Antiga by initials.
    const fits = this.list.filter(
      (person) =>
        (parts.length > 1 && tokens(person.name).at(-1) === parts.at(-1) && tokens(person.name)[0] === parts[0]) ||
        (/^\p{Lu}{2,3}$/u.test(wanted) && initialsOf(person.name) === wanted),
    );
    return fits.length === 1 ? fits[0] : undefined;
  }
}
