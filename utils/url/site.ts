import { parse } from 'tldts';

/**
 * Publishing platforms that give every publisher a subdomain of their own, yet are not on the
 * Public Suffix List (checked against tldts 7.6.4): there, a sibling subdomain is another author.
 */
const PUBLISHING_PLATFORMS = new Set([
  'substack.com',
  'medium.com',
  'wordpress.com',
  'tumblr.com',
  'ghost.io',
  'beehiiv.com',
  'hashnode.dev',
  'micro.blog',
  'mataroa.blog',
  'typepad.com',
  'livejournal.com',
  'posthaven.com',
  'svbtle.com',
  'neocities.org',
  'squarespace.com',
  'weebly.com',
]);

/**
 * The site a host belongs to: the part of the name one owner controls, from the Public Suffix List
 * with its private section (alice.github.io and bob.github.io are two sites). A page may only speak
 * for addresses on its own site, so where the list does not say, the host is a site of its own.
 */
export function siteOf(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const { domain, subdomain, isIcann, isPrivate } = parse(host, { allowPrivateDomains: true });
  // IP addresses, localhost, a bare public suffix, a suffix the list does not know.
  if (!domain || !(isIcann || isPrivate)) return host;
  if (!subdomain || !PUBLISHING_PLATFORMS.has(domain)) return domain;
  return `${subdomain.split('.').at(-1)}.${domain}`;
}

/** The site of a (valid) http(s) address. */
export const siteOfAddress = (address: string): string => siteOf(new URL(address).hostname);
