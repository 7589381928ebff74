import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { HighlightList } from '@/components/HighlightList';
import { findArticle } from '@/utils/db/articles';
import type { LensDatabase } from '@/utils/db/database';
import { countHighlights, listHighlights } from '@/utils/db/highlights';
import { sendRequest } from '@/utils/messages/send';
import { InterviewSummary } from '@/components/InterviewSummary';
import type { InterviewReport } from '@/utils/interview/report';
import { currentPageAddress, highlightShortcut, pageSummary, retryAnchoring } from '@/utils/popup/current-page';

export function App({ db }: { db: LensDatabase }) {
  const [address, setAddress] = useState<string | null | undefined>(undefined);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<Partial<InterviewReport> | null>(null);

  useEffect(() => {
    void currentPageAddress(location.search).then((found) => {
      setAddress(found);
      if (found) void pageSummary(found).then(setSummary);
    });
    void highlightShortcut().then(setShortcut);
  }, []);

  const page = useLiveQuery(async () => {
    if (!address) return { article: undefined, highlights: [] };
    const article = await findArticle(db, [address]);
    return { article, highlights: article ? await listHighlights(db, article.id) : [] };
  }, [db, address]);
  const total = useLiveQuery(() => countHighlights(db), [db]);

  const remove = async (id: string) => {
    const reply = await sendRequest({ type: 'highlight:delete', id });
    setError(reply.ok ? null : reply.error);
  };

  const retry = async (page: string) => {
    const tabs = await retryAnchoring(page);
    setError(tabs ? null : 'Open the article in a tab, then retry.');
  };

  const loading = address === undefined || page === undefined;
  return (
    <main className="popup">
      <header>
        <h1>Interview Lens</h1>
        <span className="total" data-testid="total-count">
          {total === undefined ? '' : `${total} highlight${total === 1 ? '' : 's'} in all`}
        </span>
      </header>
      {page?.article && <p className="article-title">{page.article.title}</p>}
      {summary && <InterviewSummary summary={summary} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {loading ? null : page.highlights.length > 0 ? (
        <HighlightList highlights={page.highlights} onDelete={(id) => void remove(id)} onRetry={() => address && void retry(address)} />
      ) : (
        <EmptyState onWebPage={address !== null} shortcut={shortcut} />
      )}
    </main>
  );
}
