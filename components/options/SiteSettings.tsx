import { useState } from 'react';
import type { Settings } from '@/utils/settings/schema';
import type { SaveSettings } from './save-settings';

/** The global pause, and the sites where the lens stays off. */
export function SiteSettings({ settings, save }: { settings: Settings; save: SaveSettings }) {
  const [site, setSite] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    // A pasted address is fine too: only its host name is kept.
    const typed = site.trim();
    const host = URL.canParse(typed) ? new URL(typed).hostname : typed;
    if (!host) return;
    const problem = await save({ disabledSites: [...new Set([...settings.disabledSites, host.toLowerCase()])] });
    setError(problem);
    if (!problem) setSite('');
  };
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Where Interview Lens works</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(event) => void save({ paused: event.target.checked })}
        />
        Pause everywhere (nothing is detected, shown or saved until you resume)
      </label>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label>
          Switch off on a site{' '}
          <input value={site} placeholder="example.com" onChange={(event) => setSite(event.target.value)} />
        </label>
        <button type="submit">Switch off</button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {settings.disabledSites.length > 0 && (
        <ul className="sites" aria-label="Sites where Interview Lens is off">
          {settings.disabledSites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button
                type="button"
                className="link"
                onClick={() => void save({ disabledSites: settings.disabledSites.filter((other) => other !== host) })}
              >
                Switch back on
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
