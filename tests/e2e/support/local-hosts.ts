/** Host names the browsers under test resolve to the local server, for pages on two neighbouring sites. */
export const VICTIM_HOST = 'victim.github.io';
export const ATTACKER_HOST = 'attacker.github.io';
export const LOCAL_HOSTS = [VICTIM_HOST, ATTACKER_HOST];

/** The local server's origin (http://127.0.0.1:PORT) under another host name. */
export function originOn(host: string, origin: string): string {
  const url = new URL(origin);
  url.hostname = host;
  return url.origin;
}
