import { NOT_NAMES, ORGANISATION_ENDINGS, ROLE_WORDS } from './lexicon';
import { MAX_PEOPLE, type Capped } from './limits';
import { NameFinder } from './name-finder';

/** Someone who speaks or is quoted in the article. */
export interface Person {
  name: string;
  aliases: string[];
  /** Roles as the article phrases them. */
  roles: string[];
  organisation?: string;
}

/** Someone the reader named, with what they know of them; `here`: named as a speaker of this very page. */
export type KnownPerson = Pick<Person, 'name' | 'roles' | 'organisation'> & { here?: boolean };

const tokens = (name: string) => name.split(/\s+/).filter(Boolean);
const initialsOf = (name: string) =>
  tokens(name)
    .filter((token) => /^\p{Lu}/u.test(token))
    .map((token) => token[0])
    .join('');

/** A name's first and last word: "Luca Antiga" for "Luca P. Antiga". */
const endsOf = (name: string) => {
  const parts = tokens(name);
  return `${parts[0]} ${parts.at(-1)}`;
};

const HONORIFIC = /^(?:Mr|Ms|Mrs|Mx|Dr|Prof|Professor|Herr|Frau|Mme|Mlle|M)\.?$/;

/** Drops sentence openers and honorifics caught with a name ("When Nadia Karimi" → "Nadia Karimi", "Mr Obi" → "Obi"). */
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
    parts.every(
      (part, k) =>
        /^\p{Lu}/u.test(part) ||
        (k > 0 && k < parts.length - 1 && /^(de|van|von|der|den|da|di|la|le|du|dos|del|bin|al|ter)$/.test(part)),
    ) &&
    !parts.some((part) => NOT_NAMES.has(part) || ROLE_WORDS.test(part)) &&
    !ORGANISATION_ENDINGS.has(parts.at(-1)!.replace(/\.$/, '')) &&
    !notPeople.has(name)
  );
}

/** Adds `person` to the list filed under `key`, keeping each list in the order people were met. */
function file(lists: Map<string, Person[]>, key: string, person: Person, order: ReadonlyMap<Person, number>): void {
  const list = lists.get(key);
  if (!list) lists.set(key, [person]);
  else if (order.get(list.at(-1)!)! < order.get(person)!)
    list.push(person); // someone new: met last
  else if (!list.includes(person)) {
    list.push(person);
    list.sort((a, b) => order.get(a)! - order.get(b)!);
  }
}

function unfile(lists: Map<string, Person[]>, key: string, person: Person): void {
  const list = lists.get(key)?.filter((other) => other !== person);
  if (list?.length) lists.set(key, list);
  else lists.delete(key);
}

/**
 * The people of one article, found by any of their names: full name, surname, first name or
 * initials, the way articles and Q&A labels refer to them after the first mention. Looked up by
 * key, not by scanning the list: every label, quote and mention asks, and a page may name thousands.
 */
export class People {
  readonly list: Person[] = [];
  /** Where each person was met: lists filed by key keep this order, as a scan of `list` would. */
  private readonly order = new Map<Person, number>();
  /** Name or alias → the people it names. */
  private readonly byName = new Map<string, Person[]>();
  /** First and last word of a name ("Luca Antiga" for "Luca P. Antiga") → the people whose name has them. */
  private readonly byEnds = new Map<string, Person[]>();
  /** Initials ("LA") → the people whose name has them. */
  private readonly byInitials = new Map<string, Person[]>();
  /** Every name and alias, to find them all in a text in one pass. */
  private readonly finder = new NameFinder();
  /** Names of people not followed, once `limit` people are (counted, not kept as people). */
  private readonly turnedAway = new Set<string>();
  /** The keys each person is filed under, to refile them when their names change. */
  private readonly keysOf = new Map<Person, { names: string[]; ends: string; initials: string }>();

  constructor(
    private readonly notPeople: ReadonlySet<string> = new Set(),
    private readonly limit = MAX_PEOPLE,
  ) {}

  /**
   * Adds a person (or merges what is new into the same person) and returns them; undefined for
   * someone new once `limit` people are followed.
   */
  add(name: string, roles: string[] = [], organisation?: string): Person | undefined {
    const clean = trimName(name);
    const existing = this.find(clean);
    if (existing) {
      for (const role of roles) if (!existing.roles.includes(role)) existing.roles.push(role);
      existing.organisation ??= organisation;
      if (tokens(clean).length > tokens(existing.name).length) existing.name = clean;
      this.refreshAliases(existing);
      return existing;
    }
    if (this.list.length >= this.limit) {
      this.turnedAway.add(clean);
      return undefined;
    }
    const person: Person = { name: clean, aliases: [], roles: [...roles], ...(organisation ? { organisation } : {}) };
    this.order.set(person, this.list.length);
    this.list.push(person);
    this.refreshAliases(person);
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
    this.refile(person);
  }

  /** Files a person under their current names, name shape and initials (and no longer under old ones). */
  private refile(person: Person): void {
    const old = this.keysOf.get(person);
    if (old) {
      for (const key of old.names) {
        unfile(this.byName, key, person);
        if (!this.byName.has(key)) this.finder.delete(key);
      }
      unfile(this.byEnds, old.ends, person);
      unfile(this.byInitials, old.initials, person);
    }
    const keys = {
      names: [person.name, ...person.aliases],
      ends: endsOf(person.name),
      initials: initialsOf(person.name),
    };
    for (const key of keys.names) {
      file(this.byName, key, person, this.order);
      this.finder.add(key);
    }
    file(this.byEnds, keys.ends, person, this.order);
    file(this.byInitials, keys.initials, person, this.order);
    this.keysOf.set(person, keys);
  }

  /** How many people the page named and how many are followed, once it named more than `limit`. */
  capped(): Capped | undefined {
    return this.turnedAway.size
      ? { found: this.list.length + this.turnedAway.size, kept: this.list.length }
      : undefined;
  }

  /** Records a label ("SH", "Hightower") as another name of a person. */
  addAlias(person: Person, alias: string): void {
    if (alias !== person.name && !person.aliases.includes(alias)) {
      person.aliases.push(alias);
      this.refile(person);
    }
  }

  canBePerson(name: string): boolean {
    return looksLikeName(name, this.notPeople);
  }

  /** The person a name, surname, first name or initials refer to, if exactly one fits. */
  find(name: string): Person | undefined {
    const wanted = trimName(name);
    if (!wanted) return undefined;
    const exact = this.byName.get(wanted)?.[0];
    if (exact) return exact;
    const parts = tokens(wanted);
    // "Luca Antiga" also finds someone first seen as "Antiga"; "LA" finds Luca Antiga by initials.
    const fits = new Set([
      ...(parts.length > 1 ? (this.byEnds.get(endsOf(wanted)) ?? []) : []),
      ...(/^\p{Lu}{2,3}$/u.test(wanted) ? (this.byInitials.get(wanted) ?? []) : []),
    ]);
    return fits.size === 1 ? [...fits][0] : undefined;
  }

  /** Where a text names anyone, by any of their names, in text order (people met first first, where names start together). */
  namedIn(text: string): Array<{ at: number; end: number; person: Person }> {
    return this.finder
      .find(text)
      .flatMap(({ at, name }) => this.byName.get(name)!.map((person) => ({ at, end: at + name.length, person })))
      .sort((a, b) => a.at - b.at || this.order.get(a.person)! - this.order.get(b.person)!);
  }
}
