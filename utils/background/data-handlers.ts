import { BackupError } from '../backup/format';
import { deleteEverything } from '../backup/delete-everything';
import { importBackup } from '../backup/import';
import type { LensDatabase } from '../db/database';
import type { ArticleRecord } from '../db/records';
import type { Reply, Request } from '../messages/protocol';
import { writeSettings } from '../settings/store';

/** Requests from the popup and options page that manage the reader's data as a whole. */
export type DataRequest = Extract<Request, { type: 'highlight:restore' | 'settings:update' | 'backup:import' | 'data:delete-all' }>;
const DATA_REQUESTS: ReadonlySet<string> = new Set<DataRequest['type']>(['highlight:restore', 'settings:update', 'backup:import', 'data:delete-all']);
export const isDataRequest = (request: Request): request is DataRequest => DATA_REQUESTS.has(request.type);

export interface DataDeps {
  db: LensDatabase;
  now: () => number;
  notifyChanged: (article: ArticleRecord) => void;
  /** Asks every open lens to read its highlights again (after an import or a wipe). */
  refreshAll: () => void;
}

/** A refusal, with its reason for the reader. */
export const fail = (error: string) => ({ ok: false as const, error });

export async function handleDataRequest(request: DataRequest, deps: DataDeps): Promise<Reply> {
  const { db, now } = deps;
  switch (request.type) {
    case 'highlight:restore': {
      const { highlight } = request;
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
    }
    case 'settings:update':
      try {
        const settings = await writeSettings(db, request.patch, now());
        deps.refreshAll(); // a pause or a site switched off takes effect in open tabs at once
        return { ok: true, settings };
      } catch (error) {
        return fail(error instanceof Error ? error.message : 'The settings could not be saved.');
      }
    case 'backup:import':
      try {
        const report = await importBackup(db, request.text, now());
        deps.refreshAll();
        return { ok: true, report };
      } catch (error) {
        // BackupError messages are written for the reader; anything else is unexpected.
        return fail(error instanceof BackupError ? error.message : 'The import failed, and nothing was changed.');
      }
    case 'data:delete-all':
      await deleteEverything(db);
      deps.refreshAll();
      return { ok: true };
  }
}
