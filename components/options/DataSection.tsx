import { useEffect, useState } from 'react';
import { exportAnnotations, exportBackup } from '@/utils/backup/export';
import type { LensDatabase } from '@/utils/db/database';
import { download, today } from '@/utils/export/download';
import { downloadLibraryNotes } from '@/utils/library/export';
import { sendRequest } from '@/utils/messages/send';

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;
const CONFIRMATION = 'delete everything';

interface Props {
  db: LensDatabase;
  counts: { highlights?: number; articles?: number };
  /** Sync is on: the library also goes, encrypted, to the reader's server. */
  syncing: boolean;
}

/** Backups, exports, import, storage, and deleting everything. */
export function DataSection({ db, counts, syncing }: Props) {
  const [usage, setUsage] = useState<string | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [result, setResult] = useState<{ text: string; tone: 'info' | 'error' } | null>(null);
  const [confirming, setConfirming] = useState('');

  const measure = () =>
    void navigator.storage?.estimate?.().then((estimate) => setUsage(megabytes(estimate.usage ?? 0)));
  // biome-ignore lint/correctness/useExhaustiveDependencies: measured again when the library's size changes, not on every render
  useEffect(() => {
    measure();
    void navigator.storage?.persisted?.().then(setPersisted);
  }, [counts.highlights]);

  const stamp = today();
  const exports = {
    backup: async () =>
      download(`interview-lens-backup-${stamp}.json`, await exportBackup(db, Date.now()), 'application/json'),
    annotations: async () =>
      download(`interview-lens-annotations-${stamp}.jsonld`, await exportAnnotations(db), 'application/ld+json'),
    markdown: () => downloadLibraryNotes(db),
  };

  const importFile = async (file: File) => {
    setResult({ text: `Reading ${file.name}…`, tone: 'info' });
    const reply = await sendRequest({ type: 'backup:import', text: await file.text() });
    setResult(
      reply.ok
        ? {
            text: `Imported ${file.name}: ${reply.report.summary}${reply.report.settingsChanged ? ', settings restored' : ''}.`,
            tone: 'info',
          }
        : { text: `${file.name} was not imported. ${reply.error}`, tone: 'error' },
    );
  };

  const deleteAll = async () => {
    const reply = await sendRequest({ type: 'data:delete-all', confirm: CONFIRMATION });
    setConfirming('');
    const kept = syncing ? ' Sync was turned off first, so your other devices keep their highlights.' : '';
    setResult(
      reply.ok ? { text: `Everything was deleted.${kept}`, tone: 'info' } : { text: reply.error, tone: 'error' },
    );
  };

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Your data</h2>
      <p data-testid="data-summary">
        {counts.highlights ?? '…'} highlights on {counts.articles ?? '…'} articles, stored in this browser
        {usage ? ` (${usage} used by the extension)` : ''}.{' '}
        {syncing ? 'Sync is on: they also go, encrypted, to your own server (see above).' : 'Nothing is sent anywhere.'}
      </p>
      <p className="meta">
        {persisted
          ? 'The browser keeps this data even when it runs low on space.'
          : 'When the browser runs low on space it may clear data of sites and extensions.'}{' '}
        {!persisted && (
          <button type="button" className="link" onClick={() => void navigator.storage?.persist?.().then(setPersisted)}>
            Ask the browser to keep it
          </button>
        )}
      </p>
      <div className="toolbar" role="group" aria-label="Export">
        <button type="button" onClick={() => void exports.backup()}>
          Back up (JSON)
        </button>
        <button type="button" onClick={() => void exports.markdown()}>
          Export Markdown (.zip)
        </button>
        <button type="button" onClick={() => void exports.annotations()}>
          Export Web Annotations (JSON-LD)
        </button>
      </div>
      <label className="import">
        Import a backup{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // the same file can be chosen again
            if (file) void importFile(file);
          }}
        />
      </label>
      <p className="meta">
        Importing merges: records you have already are kept or updated to the newer copy; nothing is deleted.
      </p>
      {result && (
        <p
          className={result.tone === 'error' ? 'error' : 'result'}
          role={result.tone === 'error' ? 'alert' : 'status'}
          data-testid="data-result"
        >
          {result.text}
        </p>
      )}
      <form
        className="danger-zone"
        onSubmit={(event) => {
          event.preventDefault();
          if (confirming === CONFIRMATION) void deleteAll();
        }}
      >
        <label>
          To delete every highlight, article, your own catalog entries and settings, type “{CONFIRMATION}”:{' '}
          <input value={confirming} onChange={(event) => setConfirming(event.target.value)} />
        </label>
        <button type="submit" className="danger" disabled={confirming !== CONFIRMATION}>
          Delete everything
        </button>
      </form>
    </section>
  );
}
