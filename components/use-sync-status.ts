import { useEffect, useState } from 'react';
import { sendRequest } from '@/utils/messages/send';
import type { SyncStatus } from '@/utils/sync/status';

/** How often an open page asks the background where sync stands: the status lives there only. */
const EVERY_MS = 1000;

/** Sync's status while `on`, kept fresh; null until the first answer (and while off). */
export function useSyncStatus(on: boolean): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    if (!on) {
      setStatus(null);
      return;
    }
    let live = true;
    const ask = () =>
      void sendRequest({ type: 'sync:status' }).then((reply) => {
        if (live && reply.ok) setStatus(reply.status);
      });
    ask();
    const timer = setInterval(ask, EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [on]);
  return status;
}
