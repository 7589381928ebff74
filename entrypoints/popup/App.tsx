import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { ColourLabelsContext } from '@/components/colour-labels';
import type { HighlightActions } from '@/components/HighlightItem';
import { LibraryView } from '@/components/popup/LibraryView';
import { Notice, type NoticeState } from '@/components/popup/Notice';
import { PeopleView } from '@/components/popup/PeopleView';
import { ProjectsView } from '@/components/popup/ProjectsView';
import { ThisPageView } from '@/components/popup/ThisPageView';
import { useLibraryRows } from '@/components/popup/use-library-rows';
import { isView, ViewTabs, type View } from '@/components/popup/ViewTabs';
import type { LensDatabase } from '@/utils/db/database';
import type { ArticleRecord, HighlightRecord } from '@/utils/db/records';
import type { InterviewReport } from '@/utils/interview/report';
import type { LibraryFilter } from '@/utils/library/filters';
import { sendRequest } from '@/utils/messages/send';
import { currentPageAddress, pageSummary, retryAnchoring } from '@/utils/popup/current-page';
import { highlightShortcut } from '@/utils/triggers/shortcut';
import { openHighlight } from '@/utils/popup/open-highlight';

const NOTICE_MS = 8_000;
const NO_LABELS = {};
const exports = () => import('@/utils/popup/exports');

export function App({ db }: { db: LensDatabase }) {
  const params = new URLSearchParams(location.search);
  const [view, setView] = useState<View>(() => (isView(params.get('view')) ? (params.get('view') as View) : 'page'));
  const [address, setAddress] = useState<string | null | undefined>(undefined);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [summary, setSummary] = useState<Partial<InterviewReport> | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [search, setSearch] = useState<{ query: string; filter: LibraryFilter }>({ query: '', filter: {} });

  useEffect(() => {
    void currentPageAddress(location.search).then((found) => {
      setAddress(found);
      if (found) void pageSummary(found).then(setSummary);
    });
    void highlightShortcut().then(setShortcut);
  }, []);
  useEffect(() => {
    // A notice with Undo stays until the reader dismisses it: the way back must not vanish.
    if (!notice || notice.undo) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  // The library views read everything once per change (the Library shows its first screen before);
  // the page view reads only its article.
  const library = useLibraryRows(db, view !== 'page');
  const everything = library.complete ? library.rows : undefined;
  const total = useLiveQuery(() => db.highlights.count(), [db]);
  // Settings are read through zod: loaded after the first screen, which shows the plain colour names until then.
  const labels = useLiveQuery(() => import('@/utils/settings/store').then(({ readSettings }) => readSettings(db)), [db])?.colourLabels ?? NO_LABELS;

  const say = (text: string, tone: NoticeState['tone'] = 'info', undo?: () => void) => setNotice({ text, tone, undo });
  const copy = (text: string, what: string) =>
    navigator.clipboard.writeText(text).then(
      () => say(`${what} copied.`),
      () => say('The browser did not allow copying.', 'error'),
    );

  const actions: HighlightActions = useMemo(
    () => ({
      update: (highlight, patch) =>
        sendRequest({ type: 'highlight:update', id: highlight.id, patch }).then((reply) => {
          if (!reply.ok) say(reply.error, 'error');
          return reply.ok;
        }),
      remove: (highlight) =>
        void sendRequest({ type: 'highlight:delete', id: highlight.id }).then((reply) => {
          if (!reply.ok) return say(reply.error, 'error');
          say('Highlight deleted.', 'info', () =>
            void sendRequest({ type: 'highlight:restore', highlight }).then((back) => say(back.ok ? 'Highlight restored.' : back.error, back.ok ? 'info' : 'error')),
          );
        }),
      open: (highlight, article) => {
        if (article?.url) void openHighlight(article, highlight).then(() => window.close());
        else say('This highlight’s article is unknown, so it cannot be opened.', 'error');
      },
      cite: (highlight, article) => {
        if (article) void exports().then(({ citation }) => copy(citation(article, highlight), 'Citation'));
        else void copy(highlight.quote.exact, 'Quote');
      },
      retry: () => {
        if (address) void retryAnchoring(address).then((tabs) => !tabs && say('Open the article in a tab, then retry.', 'error'));
      },
    }),
    [address],
  );

  const exportArticle = (article: ArticleRecord, highlights: HighlightRecord[], how: 'download' | 'copy') =>
    void exports().then(async ({ articleNote, download }) => {
      const note = await articleNote(db, article, highlights);
      if (how === 'copy') void copy(note.text, 'Markdown');
      else download(note.name, note.text, 'text/markdown');
    });

  const exportLibrary = () => exports().then(({ downloadLibraryNotes }) => downloadLibraryNotes(db));

  return (
    <ColourLabelsContext.Provider value={labels}>
      <main className={`popup ${params.has('tab') ? 'in-tab' : ''}`}>
        <header>
          <h1>Interview Lens</h1>
          <span className="total" data-testid="total-count">
            {total === undefined ? '' : `${total} highlight${total === 1 ? '' : 's'} in all`}
          </span>
        </header>
        <ViewTabs view={view} onChange={setView} />
        <section className="panel" role="tabpanel" id={`panel-${view}`} aria-labelledby={`tab-${view}`}>
          {view === 'page' && address !== undefined && (
            <ThisPageView db={db} address={address} summary={summary} shortcut={shortcut} actions={actions} onExport={exportArticle} />
          )}
          {view === 'library' && library.rows && (
            <LibraryView
              rows={library.rows}
              loading={!library.complete}
              actions={actions}
              onExportAll={() => void exportLibrary()}
              query={search.query}
              filter={search.filter}
              onSearch={(query, filter) => setSearch({ query, filter })}
            />
          )}
          {view === 'people' && everything && <PeopleView rows={everything} actions={actions} />}
          {view === 'projects' && everything && <ProjectsView rows={everything} actions={actions} />}
        </section>
        <Notice notice={notice} onDismiss={() => setNotice(null)} />
      </main>
    </ColourLabelsContext.Provider>
  );
}
