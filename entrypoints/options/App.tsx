import { useEffect, useState } from 'react';
import { CatalogForm } from '@/components/CatalogForm';
import type { CatalogEntry } from '@/utils/catalog/schema';
import type { LensDatabase } from '@/utils/db/database';
import { sendRequest } from '@/utils/messages/send';
import { countHighlights } from '@/utils/db/highlights';
import { highlightShortcut } from '@/utils/triggers/shortcut';
import { readSettings } from '@/utils/settings/store';
import { ColourSettings } from '@/components/options/ColourSettings';
import { DataSection } from '@/components/options/DataSection';
import { ExportSettings } from '@/components/options/ExportSettings';
import { UnderlineSettings } from '@/components/options/UnderlineSettings';
import type { SaveSettings } from '@/components/options/save-settings';
import { SiteSettings } from '@/components/options/SiteSettings';
import { SyncSection } from '@/components/options/SyncSection';
import { useTableQuery } from '@/components/use-table-query';

export function App({ db }: { db: LensDatabase }) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  const highlights = useTableQuery([db.highlights], () => countHighlights(db), [db]);
  const articles = useTableQuery([db.articles], () => db.articles.count(), [db]);
  const ownEntries = useTableQuery([db.catalog], () => db.catalog.toArray(), [db]) ?? [];
  const settings = useTableQuery([db.settings], () => readSettings(db), [db]);
  const syncing = (useTableQuery([db.syncSetup], () => db.syncSetup.count(), [db]) ?? 0) > 0;
  const save: SaveSettings = async (patch) => {
    const reply = await sendRequest({ type: 'settings:update', patch });
    return reply.ok ? null : reply.error;
  };

  const add = async (entry: CatalogEntry) => {
    // The background checks the entry against the schema and answers with a readable error.
    const reply = await sendRequest({ type: 'catalog:add', entry });
    return reply.ok ? null : reply.error;
  };

  useEffect(() => {
    void highlightShortcut().then(setShortcut);
  }, []);

  return (
    <main className="options">
      <h1>Interview Lens</h1>
      <section>
        <h2>Highlighting</h2>
        <p>
          Select text on any page and click <strong>Highlight</strong>, right-click and choose{' '}
          <em>Highlight with Interview Lens</em>, or press{' '}
          {shortcut ? <kbd>{shortcut}</kbd> : <span>the highlight shortcut (none is set right now)</span>}.
        </p>
        <p className="meta">
          Change the shortcut in Chrome at chrome://extensions/shortcuts, or in Firefox under Add-ons → ⚙ → Manage
          Extension Shortcuts.
        </p>
      </section>
      <section>
        <h2>Your people and projects</h2>
        <p className="meta">
          Interview Lens recognises about 700 projects and companies. Add the people and projects you follow, and they
          are underlined and explained on interview pages too.
        </p>
        {ownEntries.length > 0 && (
          <ul className="own-entries" aria-label="Your entries">
            {ownEntries.map((entry) => (
              <li key={entry.name}>
                <strong>{entry.name}</strong> <span className="meta">({entry.kind})</span>
                {entry.kind === 'person'
                  ? [entry.role, entry.organisation].filter(Boolean).map((fact) => ` — ${fact}`)
                  : ` — ${entry.description}`}{' '}
                <button
                  type="button"
                  className="link danger"
                  onClick={() => void sendRequest({ type: 'catalog:remove', name: entry.name })}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <CatalogForm onAdd={add} />
      </section>
      {settings && (
        <>
          <ColourSettings settings={settings} save={save} />
          <UnderlineSettings settings={settings} save={save} />
          <SiteSettings settings={settings} save={save} />
          <ExportSettings settings={settings} save={save} />
          <SyncSection db={db} />
          <DataSection db={db} counts={{ highlights, articles }} syncing={syncing} />
        </>
      )}
    </main>
  );
}
