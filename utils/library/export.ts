import type { LensDatabase } from '../db/database';
import { download, today } from '../export/download';
import { libraryMarkdownFiles, markdownOptions, type MarkdownOptions } from '../export/markdown';
import { zipFiles } from '../export/zip';
import { readSettings } from '../settings/store';
import { groupByArticle } from './groups';
import { loadLibrary } from './load';

/**
 * The whole library as one zip of Markdown notes, one per article: Obsidian keeps a note per
 * source, and a re-export then overwrites the same files instead of appending duplicates.
 */
async function markdownArchive(db: LensDatabase, options: MarkdownOptions, now: Date): Promise<Uint8Array> {
  const rows = await loadLibrary(db);
  const files = libraryMarkdownFiles(groupByArticle(rows.filter((row) => !row.articleMissing)), options);
  return zipFiles(files, now);
}

/** Downloads every article as a Markdown note in one zip, shaped by the reader's export settings (popup and options). */
export async function downloadLibraryNotes(db: LensDatabase, now = new Date()): Promise<void> {
  const options = markdownOptions(await readSettings(db));
  download(`interview-lens-${today(now)}.zip`, await markdownArchive(db, options, now), 'application/zip');
}
