import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { LensDatabase } from '@/utils/db/database';
import { sendRequest } from '@/utils/messages/send';

type Verdict = 'interview' | 'not-interview' | 'lens';

/**
 * The reader's word on whether this page is an interview, when the lens got it wrong: kept for the
 * page, and used from its next load (the lens already on the page keeps what it drew).
 */
export function PageVerdict({ db, address, detected }: { db: LensDatabase; address: string; detected: boolean }) {
  const saved = useLiveQuery(async () => (await db.verdicts.get(address)) ?? null, [db, address]);
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (saved === undefined) return null;
  const give = (verdict: Verdict) =>
    void sendRequest({ type: 'page:verdict', url: address, verdict }).then((reply) => {
      setError(reply.ok ? null : reply.error);
      setChanged(reply.ok);
    });
  return (
    <div className="verdict" role="group" aria-label="Is this page an interview?">
      {saved && <p className="summary-line">You marked this page as {saved.isInterview ? 'an interview' : 'not an interview'}.</p>}
      {saved ? (
        <button type="button" onClick={() => give('lens')}>
          Let Interview Lens decide
        </button>
      ) : detected ? (
        <button type="button" onClick={() => give('not-interview')}>
          Not an interview
        </button>
      ) : (
        <button type="button" onClick={() => give('interview')}>
          Treat as interview
        </button>
      )}
      {changed && <p className="summary-line" role="status">Reload the page to see the change.</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
