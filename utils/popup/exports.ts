// What the popup's export and cite buttons need: loaded at the first click, since no first screen
// needs it (Markdown, zip, the settings' zod schemas).
import type { LensDatabase } from '../db/database';
import type { ArticleRecord, HighlightRecord } from '../db/records';
import { noteStem } from '../export/file-name';
import { articleMarkdown, markdownOptions } from '../export/markdown';
import { readSettings } from '../settings/store';

export { citation } from '../export/citation';
export { download } from '../export/download';
export { downloadLibraryNotes } from '../library/export';

/** One article's Markdown note, as the reader's export settings shape it, and its file name. */
export async function articleNote(
  db: LensDatabase,
  article: ArticleRecord,
  highlights: HighlightRecord[],
): Promise<{ name: string; text: string }> {
  const options = markdownOptions(await readSettings(db));
  return { name: `${noteStem(article)}.md`, text: articleMarkdown(article, highlights, options) };
}
