import { useSyncStatus } from '@/components/use-sync-status';
import { useTableQuery } from '@/components/use-table-query';
import type { LensDatabase } from '@/utils/db/database';
import { sendRequest } from '@/utils/messages/send';
import { statusLine } from '@/utils/sync/status';

/** Where sync stands, under the popup's views; nothing while sync is off. */
export function SyncLine({ db }: { db: LensDatabase }) {
  const on = useTableQuery([db.syncSetup], () => db.syncSetup.count(), [db]) ?? 0;
  const status = useSyncStatus(on > 0);
  if (!status || status.state === 'off') return null;
  return (
    <p className={`sync-line ${status.state}`} role="status" data-testid="sync-status">
      {statusLine(status, Date.now())}{' '}
      {status.state !== 'syncing' && (
        <button type="button" className="link" onClick={() => void sendRequest({ type: 'sync:now' })}>
          Sync now
        </button>
      )}
    </p>
  );
}
