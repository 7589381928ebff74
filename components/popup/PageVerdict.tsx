import { useState } from 'react';
import type { PageCorrectionsRecord } from '@/utils/db/records';
import { sendRequest } from '@/utils/messages/send';

type Verdict = 'interview' | 'not-interview' | 'lens';

/**
 * The reader's word on whether this page is an interview, when the lens got it wrong: kept for the
 * page, and used from its next load (the lens already on the page keeps what it drew).
 */
export function PageVerdict({
  saved,
  address,
  detected,
}: {
  saved: PageCorrectionsRecord | null;
  address: string;
  detected: boolean;
}) {
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const marked = saved?.isInterview;
  const give = (verdict: Verdict) =>
    void sendRequest({ type: 'page:verdict', url: address, verdict }).then((reply) => {
      setError(reply.ok ? null : reply.error);
      setChanged(reply.ok);
    });
  return (
    <div className="verdict" role="group" aria-label="Is this page an interview?">
      {marked !== undefined && (
        <p className="summary-line">You marked this page as {marked ? 'an interview' : 'not an interview'}.</p>
      )}
      {marked !== undefined ? (
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
      {changed && (
        <p className="summary-line" role="status">
          Reload the page to see the change.
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
