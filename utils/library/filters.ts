import type { Colour } from '../paint/colours';
import { fold, personKey, tidy } from './fold';
import { largestFirst, mostCommon, projectNames, speakerNames } from './groups';
import type { LibraryRow } from './rows';

/** What the reader picked in the library's dropdowns; unset or empty fields do not filter. */
export interface LibraryFilter {
  colour?: Colour;
  tag?: string;
  speaker?: string;
  project?: string;
  site?: string;
}

export interface FacetValue<V extends string = string> {
  value: V;
  /** Highlights that have this value. */
  count: number;
}

/** The choices each dropdown offers, most used first, then by name. */
export interface Facets {
  colour: FacetValue<Colour>[];
  tag: FacetValue[];
  speaker: FacetValue[];
  project: FacetValue[];
  site: FacetValue[];
}

/** How a filter reads the values of a row, and when two spellings are the same choice. */
interface Field<V extends string> {
  valuesOf: (row: LibraryRow) => readonly V[];
  keyOf: (value: string) => string;
}

// Tags, projects and sites ignore case, accents and spacing; speakers also ignore titles such as
// "Dr.", as the People view does. A stand-in article has no site to offer.
const FIELDS = {
  colour: { valuesOf: (row) => [row.highlight.colour], keyOf: fold } satisfies Field<Colour>,
  tag: { valuesOf: (row) => row.highlight.tags.map(tidy), keyOf: fold } satisfies Field<string>,
  speaker: { valuesOf: speakerNames, keyOf: personKey } satisfies Field<string>,
  project: { valuesOf: projectNames, keyOf: fold } satisfies Field<string>,
  site: {
    valuesOf: (row) => (row.articleMissing ? [] : [tidy(row.article.site)]),
    keyOf: fold,
  } satisfies Field<string>,
};

type FieldName = keyof typeof FIELDS;
const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

/** Rows having one value of a field, however each spells it. */
interface Tally {
  rows: number;
  spellings: Map<string, number>;
}

/**
 * A function that gives the dropdowns' choices (each value with how many highlights have it) for
 * each list of rows it is handed, counting only the rows that came or went since the list before.
 * Rows are compared as objects: `LibraryJoin` keeps a row while its highlight and article stay the
 * same. While sync files a batch every second into a library of 10,000, counting everything again
 * each time would hold the popup's thread.
 */
export function facetCounter(): (rows: readonly LibraryRow[]) => Facets {
  const tallies = new Map(FIELD_NAMES.map((name) => [name, new Map<string, Tally>()]));
  // A few names recur over thousands of rows: each spelling is folded once.
  const keys = new Map(FIELD_NAMES.map((name) => [name, new Map<string, string>()]));
  let counted = new Set<LibraryRow>();
  let last: Facets | undefined;

  const count = (row: LibraryRow, step: 1 | -1) => {
    for (const field of FIELD_NAMES) {
      const { valuesOf, keyOf }: Field<string> = FIELDS[field];
      const known = keys.get(field)!;
      const tally = tallies.get(field)!;
      const seen = new Set<string>();
      for (const name of valuesOf(row)) {
        let key = known.get(name);
        if (key === undefined) known.set(name, (key = keyOf(name)));
        // A row counts once per value, however often it names it.
        if (!key || seen.has(key)) continue;
        seen.add(key);
        let having = tally.get(key);
        if (!having) tally.set(key, (having = { rows: 0, spellings: new Map() }));
        having.rows += step;
        const spelled = (having.spellings.get(name) ?? 0) + step;
        if (spelled) having.spellings.set(name, spelled);
        else having.spellings.delete(name);
        if (!having.rows) tally.delete(key);
      }
    }
  };
  const choices = (field: FieldName): FacetValue[] =>
    [...tallies.get(field)!]
      .sort(([keyA, a], [keyB, b]) => largestFirst(keyA, a.rows, keyB, b.rows))
      .map(([, having]) => ({ value: mostCommon(having.spellings), count: having.rows }));

  return (rows) => {
    const next = new Set(rows);
    let changed = false;
    for (const row of counted) {
      if (next.has(row)) continue;
      count(row, -1);
      changed = true;
    }
    for (const row of rows) {
      if (counted.has(row)) continue;
      count(row, 1);
      changed = true;
    }
    counted = next;
    if (changed || !last)
      last = {
        colour: choices('colour') as FacetValue<Colour>[],
        tag: choices('tag'),
        speaker: choices('speaker'),
        project: choices('project'),
        site: choices('site'),
      };
    return last;
  };
}

/** Rows that match every field set in `filter`, in their original order. */
export function applyFilter(rows: readonly LibraryRow[], filter: LibraryFilter): LibraryRow[] {
  const tests = (Object.keys(FIELDS) as Array<keyof LibraryFilter>).flatMap((name) => {
    const wanted = filter[name];
    if (!wanted) return [];
    const { valuesOf, keyOf }: Field<string> = FIELDS[name];
    const key = keyOf(wanted);
    return [(row: LibraryRow) => valuesOf(row).some((value) => keyOf(value) === key)];
  });
  return rows.filter((row) => tests.every((test) => test(row)));
}
