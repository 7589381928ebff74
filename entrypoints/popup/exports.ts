// What the popup's export and cite buttons need: loaded at the first click, since no first screen
// needs it (Markdown, zip, the settings' zod schemas).
import type { LensDatabase } from '@/utils/db/database';
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';
import { noteStem } from '@/utils/export/file-name';
import { articleMarkdown, markdownOptions } from '@/utils/export/markdown';
import { download, today } from '@/utils/popup/download';
import { markdownArchive } from '@/utils/popup/library-export';
import { readSettings } from '@/utils/settings/store';

export { citation } from '@/utils/export/citation';
export { download };

/** One article's Markdown note, as the reader's export settings shape it, and its file name. */
export async function articleNote(db: LensDatabase, article: ArticleRecord, highlights: HighlightRecord[]): Promise<{ name: string; text: string }> {
  const options = markdownOptions(await readSettings(db));
  return { name: `${noteStem(article)}.md`, text: articleMarkdown(article, highlights, options) };
}

/** Downloads every article as a Markdown note in one zip. */
export async function downloadLibrary(db: LensDatabase): Promise<void> {
  const options = markdownOptions(await readSettings(db));
  download(`interview-lens-${today()}.zip`, await markdownArchive(db, options, new Date()), 'application/zip');
}
