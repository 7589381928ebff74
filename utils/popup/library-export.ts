import { toWebAnnotations } from '../backup/web-annotation';
import type { LensDatabase } from '../db/database';
import { libraryMarkdownFiles, type MarkdownOptions } from '../export/markdown';
import { zipFiles } from '../export/zip';
import { groupByArticle } from '../library/groups';
import { loadLibrary } from '../library/load';

/**
 * The whole library as one zip of Markdown notes, one per article: Obsidian keeps a note per
 * source, and a re-export then overwrites the same files instead of appending duplicates.
 */
export async function markdownArchive(db: LensDatabase, options: MarkdownOptions, now: Date): Promise<Uint8Array> {
  const rows = await loadLibrary(db);
  const files = libraryMarkdownFiles(groupByArticle(rows.filter((row) => !row.articleMissing)), options);
  return zipFiles(files, now);
}

/** Every highlight as W3C Web Annotations (JSON-LD), for tools that read that standard. */
export async function annotationsText(db: LensDatabase): Promise<string> {
  return JSON.stringify(toWebAnnotations(await db.articles.toArray(), await db.highlights.toArray()), null, 2);
}
