import { useState } from 'react';
import { ColourChoice } from '@/components/ColourChoice';
import { COLOURS, swatchOf } from '@/utils/paint/colours';
import type { Settings } from '@/utils/settings/schema';
import type { SaveSettings } from './save-settings';

/** The colour new highlights get, and what each colour means to the reader. */
export function ColourSettings({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="colours-heading">
      <h2 id="colours-heading">Colours</h2>
      <p>New highlights from the toolbar button, the shortcut and the menu get this colour:</p>
      <ColourChoice
        value={settings.defaultColour}
        labels={settings.colourLabels}
        onChange={(defaultColour) => void save({ defaultColour }).then(setError)}
      />
      <p className="meta">
        Name your colours, e.g. “disagree” or “to quote”; the names show on the highlight buttons, in the card, in the
        popup and in exports.
      </p>
      <div className="colour-labels">
        {COLOURS.map((colour) => (
          <label key={colour} className="colour-label">
            <span className="dot" style={{ background: swatchOf(colour) }} aria-hidden="true" />
            <span className="visually-hidden">Name for {colour}</span>
            <input
              // Keyed by the stored name: an import or a reset shows at once, never a stale draft.
              key={settings.colourLabels[colour] ?? ''}
              defaultValue={settings.colourLabels[colour] ?? ''}
              placeholder={colour}
              maxLength={40}
              onBlur={(event) => {
                const label = event.target.value.trim();
                if (label === (settings.colourLabels[colour] ?? '')) return;
                const colourLabels = { ...settings.colourLabels };
                if (label) colourLabels[colour] = label;
                else delete colourLabels[colour];
                void save({ colourLabels }).then(setError);
              }}
            />
          </label>
        ))}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
