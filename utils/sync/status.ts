/** Where sync stands, as the popup and the options page show it. */
export type SyncStatus =
  | { state: 'off' }
  | {
      state: 'syncing' | 'synced' | 'offline' | 'failed';
      /** The server's host, as the reader knows it. */
      host: string;
      lastSyncAt?: number;
      /** What went wrong, in plain words (offline and failed). */
      error?: string;
      /** When the next try is due (offline). */
      retryAt?: number;
    };

const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const clock = (at: number) => CLOCK.format(at);

/** One line for the reader. */
export function statusLine(status: SyncStatus, now: number): string {
  if (status.state === 'off') return 'Sync is off: your highlights stay on this device.';
  const last = status.lastSyncAt ? ` Last synced at ${clock(status.lastSyncAt)}.` : '';
  switch (status.state) {
    case 'syncing':
      return `Syncing with ${status.host}…${last}`;
    case 'synced':
      return `Synced with ${status.host}.${last}`;
    case 'offline': {
      const wait = status.retryAt ? Math.max(1, Math.round((status.retryAt - now) / 1000)) : undefined;
      const retry = wait ? ` Trying again in ${wait} s.` : '';
      return `Cannot reach ${status.host}: ${status.error ?? 'no answer'}.${retry} Your highlights are kept here meanwhile.${last}`;
    }
    case 'failed':
      return `Sync with ${status.host} stopped: ${status.error ?? 'an unknown error'}.${last}`;
  }
}
