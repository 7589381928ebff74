import { useState } from 'react';
import { ColourLabelsContext } from '@/components/colour-labels';
import { LibraryView } from '@/components/popup/LibraryView';
import { Notice, useNotice } from '@/components/popup/Notice';
import { PeopleView } from '@/components/popup/PeopleView';
import { ProjectsView } from '@/components/popup/ProjectsView';
import { SyncLine } from '@/components/popup/SyncLine';
import { ThisPageView } from '@/components/popup/ThisPageView';
import { useCurrentPage } from '@/components/popup/use-current-page';
import { useLibraryRows } from '@/components/popup/use-library-rows';
import { useTableQuery } from '@/components/use-table-query';
import { usePopupActions } from '@/components/popup/use-popup-actions';
import { isView, ViewTabs, type View } from '@/components/popup/ViewTabs';
import type { LensDatabase } from '@/utils/db/database';
import type { LibraryFilter } from '@/utils/library/filters';

const NO_LABELS = {};

export function App({ db }: { db: LensDatabase }) {
  const params = new URLSearchParams(location.search);
  const [view, setView] = useState<View>(() => (isView(params.get('view')) ? (params.get('view') as View) : 'page'));
  const [search, setSearch] = useState<{ query: string; filter: LibraryFilter }>({ query: '', filter: {} });
  const { address, summary, shortcut } = useCurrentPage();
  const { notice, say, dismiss } = useNotice();
  const { actions, exportArticle, exportLibrary } = usePopupActions(db, address, say);

  // The library views read everything once per change (the Library shows its first screen before);
  // the page view reads only its article.
  const library = useLibraryRows(db, view !== 'page');
  const everything = library.complete ? library.rows : undefined;
  const total = useTableQuery([db.highlights], () => db.highlights.count(), [db]);
  // Settings are read through zod: loaded after the first screen, which shows the plain colour names until then.
  const labels =
    useTableQuery([db.settings], () => import('@/utils/settings/store').then(({ readSettings }) => readSettings(db)), [
      db,
    ])?.colourLabels ?? NO_LABELS;

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
            <ThisPageView
              db={db}
              address={address}
              summary={summary}
              shortcut={shortcut}
              actions={actions}
              onExport={exportArticle}
            />
          )}
          {view === 'library' && library.rows && (
            <LibraryView
              rows={library.rows}
              loading={!library.complete}
              actions={actions}
              onExportAll={exportLibrary}
              query={search.query}
              filter={search.filter}
              onSearch={(query, filter) => setSearch({ query, filter })}
            />
          )}
          {view === 'people' && everything && <PeopleView rows={everything} actions={actions} />}
          {view === 'projects' && everything && <ProjectsView rows={everything} actions={actions} />}
        </section>
        <SyncLine db={db} />
        <Notice notice={notice} onDismiss={dismiss} />
      </main>
    </ColourLabelsContext.Provider>
  );
}
