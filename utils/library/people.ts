import type { ArticleRecord } from '../db/records';
import { fold, personKey, tidy } from './fold';
import { groupByArticle, groupByName, speakerNames, type ArticleGroup } from './groups';
import type { LibraryRow } from './rows';

/** The roles one article gave a person, as the article phrased them. */
export interface ArticleRoles {
  article: ArticleRecord;
  roles: string[];
}

/** Someone quoted in the reader's highlights, across every article. */
export interface QuotedPerson {
  /** Merge key (see personKey): the same for "Luca Antiga", "luca  antiga" and "Dr. Luca Antiga". */
  key: string;
  /** The spelling most of their highlights use. */
  name: string;
  /** How many highlights quote them. */
  count: number;
  /** Per article, in the order of `articles`; articles that named no role are left out. */
  roles: ArticleRoles[];
  /** Their highlighted quotes by article, in row order (from joinRows: newest first, text order). */
  articles: ArticleGroup[];
}

/** Roles of one article's highlights, each once (ignoring case and accents), first spelling kept. */
function rolesIn({ highlights }: ArticleGroup): string[] {
  const roles = new Map<string, string>();
  for (const role of highlights.flatMap((highlight) => highlight.speaker?.roles ?? [])) {
    const key = fold(role);
    if (key && !roles.has(key)) roles.set(key, tidy(role));
  }
  return [...roles.values()];
}

/** Everyone who speaks in `rows`, merged by name, most quoted first, then by name. */
export function peopleOf(rows: readonly LibraryRow[]): QuotedPerson[] {
  return groupByName(rows, speakerNames, personKey).map(({ key, name, rows: quoted }) => {
    const articles = groupByArticle(quoted);
    return {
      key,
      name,
      count: quoted.length,
      roles: articles
        .map((group) => ({ article: group.article, roles: rolesIn(group) }))
        .filter(({ roles }) => roles.length > 0),
      articles,
    };
  });
}
