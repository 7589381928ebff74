import { EmptyState } from '@/components/EmptyState';
import { HighlightItem, type HighlightActions } from '@/components/HighlightItem';
import { InterviewSummary } from '@/components/InterviewSummary';
import { PageVerdict } from './PageVerdict';
import { SpeakerCorrections } from './SpeakerCorrections';
import { findArticle } from '@/utils/db/articles';
import type { LensDatabase } from '@/utils/db/database';
import { listHighlights } from '@/utils/db/highlights';
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';
import type { InterviewReport } from '@/utils/interview/report';
import { inDocumentOrder } from '@/utils/db/document-order';
import { correctedSummary } from '@/utils/interview/corrections';
import { speakerCorrectionsOf } from '@/utils/db/page-corrections';
import { useAfterFirstFrame } from './use-after-first-frame';
import { useTableQuery } from '@/components/use-table-query';

interface Props {
  db: LensDatabase;
  /** The tab's normalised address; null when the tab is not a web page. */
  address: string | null;
  summary: Partial<InterviewReport> | null;
  shortcut: string | null;
  actions: HighlightActions;
  onExport: (article: ArticleRecord, highlights: HighlightRecord[], how: 'download' | 'copy') => void;
}

/** Items drawn in the first frame: more than the popup shows; the rest follow in the next. */
const FIRST_ITEMS = 12;

/** The tab's article: what Interview Lens made of it, and its highlights in the order of the text. */
export function ThisPageView({ db, address, summary, shortcut, actions, onExport }: Props) {
  const page = useTableQuery([db.articles, db.highlights, db.verdicts], async () => {
    if (!address) return { article: undefined, highlights: [], saved: null };
    const [article, saved] = await Promise.all([findArticle(db, [address]), db.verdicts.get(address)]);
    return {
      article,
      highlights: article ? (await listHighlights(db, article.id)).sort(inDocumentOrder) : [],
      saved: saved ?? null,
    };
  }, [db, address]);
  const everyItem = useAfterFirstFrame(page !== undefined);
  if (page === undefined) return null;
  const { article, highlights, saved } = page;
  // The lens reads corrections on its next load; the popup shows them at once.
  const shown = summary && saved ? correctedSummary(summary, speakerCorrectionsOf(saved)) : summary;
  return (
    <>
      {article && <p className="article-title">{article.title}</p>}
      {shown && <InterviewSummary summary={shown} />}
      {shown && address && <PageVerdict saved={saved} address={address} detected={shown.isInterview === true} />}
      {shown?.isInterview && address && <SpeakerCorrections saved={saved} address={address} summary={shown} />}
      {article && highlights.length > 0 ? (
        <>
          <div className="toolbar" role="group" aria-label="Export this article">
            <button type="button" onClick={() => onExport(article, highlights, 'download')}>
              Download Markdown
            </button>
            <button type="button" onClick={() => onExport(article, highlights, 'copy')}>
              Copy Markdown
            </button>
          </div>
          <ul className="highlights" aria-label="Highlights on this page">
            {(everyItem ? highlights : highlights.slice(0, FIRST_ITEMS)).map((highlight) => (
              <li key={highlight.id}>
                <HighlightItem highlight={highlight} article={article} actions={actions} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <EmptyState onWebPage={address !== null} shortcut={shortcut} />
      )}
    </>
  );
}
