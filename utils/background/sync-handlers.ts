import type { RequestTable } from './request-table';
import { fail } from './request-table';

/** The options page's and the popup's requests about sync with the reader's server. */
type SyncRequestType = 'sync:on' | 'sync:off' | 'sync:now' | 'sync:status';

export const SYNC_REQUESTS: Pick<RequestTable, SyncRequestType> = {
  'sync:on': {
    from: ['extension-page'],
    whilePaused: 'works',
    async handle(request, { deps }) {
      const result = await deps.sync.turnOn(request.setup);
      return result.ok ? { ok: true, status: result.status } : fail(result.error);
    },
  },
  'sync:off': {
    from: ['extension-page'],
    whilePaused: 'works',
    async handle(_request, { deps }) {
      await deps.sync.turnOff();
      return { ok: true, status: deps.sync.status() };
    },
  },
  'sync:now': {
    from: ['extension-page'],
    whilePaused: 'works',
    handle: async (_request, { deps }) => ({ ok: true, status: await deps.sync.syncNow() }),
  },
  'sync:status': {
    from: ['extension-page'],
    whilePaused: 'works',
    handle: async (_request, { deps }) => ({ ok: true, status: deps.sync.status() }),
  },
};
