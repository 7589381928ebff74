import type { Colour } from '../paint/colours';
import { fold, personKey, tidy } from './fold';
import { groupByName, projectNames, speakerNames } from './groups';
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

const facet = <V extends string>(rows: readonly LibraryRow[], { valuesOf, keyOf }: Field<V>) =>
  groupByName(rows, valuesOf, keyOf).map(
    ({ name, rows: having }): FacetValue<V> => ({ value: name, count: having.length }),
  );

/** Values available for each filter over `rows`, with how many highlights have each. */
export function facets(rows: readonly LibraryRow[]): Facets {
  return {
    colour: facet(rows, FIELDS.colour),
    tag: facet(rows, FIELDS.tag),
    speaker: facet(rows, FIELDS.speaker),
    project: facet(rows, FIELDS.project),
    site: facet(rows, FIELDS.site),
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
