import { BackupError } from '../backup/format';
import { deleteEverything } from '../backup/delete-everything';
import { importBackup } from '../backup/import';
import type { LensDatabase } from '../db/database';
import { writeSettings } from '../settings/store';
import { normalizePageUrl } from '../url/normalize';
import { fail, type RequestTable } from './request-table';

/** Requests from the popup and options page that manage the reader's data as a whole. */
type DataRequestType = 'highlight:restore' | 'settings:update' | 'backup:import' | 'data:delete-all';

/** Whether the tab's address is one the article was seen at. */
async function shows(db: LensDatabase, pageUrl: string, articleId: string): Promise<boolean> {
  const visited = normalizePageUrl(pageUrl)?.visited;
  const article = await db.articles.get(articleId);
  return visited !== undefined && (article?.urls.includes(visited) ?? false);
}

export const DATA_REQUESTS: Pick<RequestTable, DataRequestType> = {
  'highlight:restore': {
    from: ['content', 'extension-page'], // Undo, in the popup and in the card
    whilePaused: 'works',
    async handle(request, { from, deps }) {
      const { db } = deps;
      const { highlight } = request;
      // A page's Undo may only bring back a highlight of the article that page shows.
      if (from.kind === 'content' && !(await shows(db, from.pageUrl, highlight.articleId)))
        return fail('That highlight belongs to another page.');
      const article = await db.articles.get(highlight.articleId);
      if (!article) return fail('The article of that highlight is gone, so it cannot be restored.');
      // add(), not put(): an undo must never overwrite a highlight that exists again. Any other
      // failure (a full disk) goes up to the router, which says so.
      const added = await db.highlights.add(highlight).then(
        () => true,
        (error: unknown) => {
          if ((error as { name?: string })?.name === 'ConstraintError') return false;
          throw error;
        },
      );
      if (!added) return fail('That highlight is already back.');
      deps.notifyChanged(article);
      return { ok: true, highlight };
    },
  },
  'settings:update': {
    from: ['extension-page'],
    whilePaused: 'works', // how the reader resumes
    async handle(request, { deps }) {
      try {
        const settings = await writeSettings(deps.db, request.patch, deps.now());
        deps.refreshAll(); // a pause or a site switched off takes effect in open tabs at once
        return { ok: true, settings };
      } catch (error) {
        return fail(error instanceof Error ? error.message : 'The settings could not be saved.');
      }
    },
  },
  'backup:import': {
    from: ['extension-page'],
    whilePaused: 'works',
    async handle(request, { deps }) {
      try {
        const report = await importBackup(deps.db, request.text, deps.now());
        deps.refreshAll();
        return { ok: true, report };
      } catch (error) {
        // BackupError messages are written for the reader; anything else is unexpected.
        return fail(error instanceof BackupError ? error.message : 'The import failed, and nothing was changed.');
      }
    },
  },
  'data:delete-all': {
    from: ['extension-page'],
    whilePaused: 'works',
    async handle(_request, { deps }) {
      // Sync stops first: otherwise the deletions would travel to every device.
      await deps.sync.turnOff();
      await deleteEverything(deps.db);
      deps.refreshAll();
      return { ok: true };
    },
  },
};
