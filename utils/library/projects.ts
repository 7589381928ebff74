import { fold } from './fold';
import { groupByArticle, groupByName, projectNames, type ArticleGroup } from './groups';
import type { LibraryRow } from './rows';

/** A project named in the reader's highlights, with the highlights that name it. */
export interface ProjectGroup {
  /** Folded name the spellings were merged under ("vLLM" and "VLLM" are one project). */
  key: string;
  /** The spelling most of its highlights use. */
  name: string;
  /** How many highlights name it. */
  count: number;
  /** Those highlights by article, in row order (from joinRows: newest first, text order). */
  articles: ArticleGroup[];
}

/** Every project named in `highlight.projects`, most named first, then by name. */
export function projectsOf(rows: readonly LibraryRow[]): ProjectGroup[] {
  return groupByName(rows, projectNames, fold).map(({ key, name, rows: naming }) => ({
    key,
    name,
    count: naming.length,
    articles: groupByArticle(naming),
  }));
}
