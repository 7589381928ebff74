import type { Settings } from '@/utils/settings/schema';
import type { SaveSettings } from './save-settings';

const CHOICES: ReadonlyArray<[Settings['underlines'], string]> = [
  ['first', 'The first mention of each name in each section'],
  ['all', 'Every mention'],
  ['none', 'None'],
];

/** How many speaker and project names the lens underlines on interview pages. */
export function UnderlineSettings({ settings, save }: { settings: Settings; save: SaveSettings }) {
  return (
    <section aria-labelledby="underlines-heading">
      <h2 id="underlines-heading">Underlined names</h2>
      <fieldset className="choices">
        <legend className="meta">Which names to underline on interview pages (from the next page you open)</legend>
        {CHOICES.map(([value, label]) => (
          <label key={value} className="check">
            <input
              type="radio"
              name="underlines"
              value={value}
              checked={settings.underlines === value}
              onChange={() => void save({ underlines: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
