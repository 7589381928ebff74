import { useState } from 'react';
import { browser } from 'wxt/browser';
import type { LensDatabase } from '@/utils/db/database';
import { sendRequest } from '@/utils/messages/send';
import { permissionFor, syncTarget } from '@/utils/sync/setup';
import { statusLine } from '@/utils/sync/status';
import { useSyncStatus } from '@/components/use-sync-status';
import { useTableQuery } from '@/components/use-table-query';

const EMPTY = { server: '', database: 'interview-lens', username: '', password: '', passphrase: '' };

/**
 * Sync with the reader's own CouchDB: off until the reader gives a server and a passphrase; then
 * the status, "Sync now" and "Turn sync off".
 */
export function SyncSection({ db }: { db: LensDatabase }) {
  // null: sync is off; undefined: not read yet (nothing is drawn, so the form does not flash by).
  const setup = useTableQuery([db.syncSetup], async () => (await db.syncSetup.get('sync')) ?? null, [db]);
  const status = useSyncStatus(Boolean(setup));
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (key: keyof typeof EMPTY) => ({
    value: form[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: event.target.value }),
  });

  const turnOn = async (event: React.FormEvent) => {
    event.preventDefault();
    const checked = syncTarget(form);
    if (!checked.ok) return setError(`Sync not turned on: ${checked.error}.`);
    setBusy(true);
    setError(null);
    // Asked while the click still counts as the reader's: a browser may show its own prompt.
    const allowed = await browser.permissions
      .request({ origins: [permissionFor(checked.target.origin)] })
      .catch(() => false);
    if (!allowed) {
      setBusy(false);
      return setError(`Sync not turned on: Interview Lens was not allowed to reach ${checked.target.origin}.`);
    }
    const reply = await sendRequest({ type: 'sync:on', setup: form });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setForm(EMPTY);
  };

  const turnOff = async () => {
    const origin = setup?.origin;
    const reply = await sendRequest({ type: 'sync:off' });
    if (!reply.ok) return setError(reply.error);
    // Let go of the server's permission; the browser refuses when the extension's own host
    // permissions already cover it, and then there is nothing to give back.
    if (origin) await browser.permissions.remove({ origins: [permissionFor(origin)] }).catch(() => false);
  };

  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">Sync between your devices</h2>
      {setup === undefined ? null : setup ? (
        <>
          <p data-testid="sync-status" role="status">
            {status ? statusLine(status, Date.now()) : 'Sync is on.'}
          </p>
          <p className="sync-where">
            With <span className="mono">{setup.address}</span>
            {setup.username ? ` as ${setup.username}` : ''}. Everything is encrypted with your passphrase before it
            leaves this browser.
          </p>
          <div className="toolbar">
            <button type="button" onClick={() => void sendRequest({ type: 'sync:now' })}>
              Sync now
            </button>
            <button type="button" onClick={() => void turnOff()}>
              Turn sync off
            </button>
          </div>
          <p className="sync-where">
            Turning sync off keeps your highlights here and forgets the server and the passphrase. The encrypted copy
            stays on your server until you delete its database there.
          </p>
        </>
      ) : (
        <form className="sync-form" aria-label="Turn sync on" onSubmit={(event) => void turnOn(event)}>
          <p className="sync-where">
            Off: nothing leaves this browser. To keep the same highlights on your other computers, give the address of a
            CouchDB server you own (or Cloudant). Quotes, notes, tags, titles and addresses are encrypted with your
            passphrase before they leave; the server sees random ids and ciphertext.
          </p>
          <label>
            Server address
            <input type="url" required placeholder="https://couch.example.com" {...field('server')} />
          </label>
          <label>
            Database
            <input required {...field('database')} />
          </label>
          <label>
            User name
            <input autoComplete="username" {...field('username')} />
          </label>
          <label>
            Password
            <input type="password" autoComplete="current-password" {...field('password')} />
          </label>
          <label>
            Passphrase (the same on every device; it cannot be recovered)
            <input type="password" autoComplete="new-password" required minLength={10} {...field('passphrase')} />
          </label>
          <button type="submit" disabled={busy}>
            {busy ? 'Connecting…' : 'Turn sync on'}
          </button>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
      {setup && error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
