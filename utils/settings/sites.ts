import type { Settings } from './schema';

/**
 * Whether the reader switched the lens off for this page's host. Disabling a host covers its
 * subdomains (`example.com` covers `news.example.com`), but not its parent or look-alikes
 * (`badexample.com`). `paused` is separate: it switches everything off.
 */
export function isSiteDisabled(settings: Pick<Settings, 'disabledSites'>, hostname: string): boolean {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  return settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}
