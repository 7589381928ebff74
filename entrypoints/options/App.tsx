import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { LensDatabase } from '@/utils/db/database';
import { countHighlights } from '@/utils/db/highlights';
import { highlightShortcut } from '@/utils/popup/current-page';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export function App({ db }: { db: LensDatabase }) {
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [usage, setUsage] = useState<string | null>(null);
  const highlights = useLiveQuery(() => countHighlights(db), [db]);
  const articles = useLiveQuery(() => db.articles.count(), [db]);

  useEffect(() => {
    void highlightShortcut().then(setShortcut);
    void navigator.storage?.estimate?.().then((estimate) => setUsage(megabytes(estimate.usage ?? 0)));
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
        <h2>Your data</h2>
        <p data-testid="data-summary">
          {highlights ?? '…'} highlights on {articles ?? '…'} articles, stored only in this browser
          {usage ? ` (${usage} used by the extension)` : ''}. Nothing is sent anywhere.
        </p>
      </section>
    </main>
  );
}
