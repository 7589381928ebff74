import type { Settings } from '@/utils/settings/schema';
import type { SaveSettings } from './save-settings';

/** How Markdown exports are written. */
export function ExportSettings({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const { exportOptions } = settings;
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Markdown export</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={exportOptions.blockIds}
          onChange={(event) => void save({ exportOptions: { ...exportOptions, blockIds: event.target.checked } })}
        />
        Add block ids (<code>^hl-…</code>) so links to a quote keep working after a re-export
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={exportOptions.groupBySpeaker}
          onChange={(event) => void save({ exportOptions: { ...exportOptions, groupBySpeaker: event.target.checked } })}
        />
        Group quotes by speaker
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={exportOptions.liveLinks}
          onChange={(event) => void save({ exportOptions: { ...exportOptions, liveLinks: event.target.checked } })}
        />
        Keep <code>[[links]]</code> and <code>#tags</code> typed in notes live in Obsidian (off: they read exactly as
        typed)
      </label>
    </section>
  );
}
