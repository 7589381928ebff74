/**
 * One article, one key: the same interview reached through a newsletter link, a social share or a
 * plain visit must land on the same saved highlights.
 */

import { siteOf } from './site';

const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  'ref',
  'ref_src',
  'ref_url',
  'referrer',
  'cmpid',
  'ocid',
  'spm',
  'si',
  'ncid',
  'sr_share',
  'taid',
  'guccounter',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  '__hstc',
  '__hssc',
  '__hsfp',
  'hsctatracking',
  'ajs_aid',
  'ajs_uid',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'rb_clickid',
  's_cid',
  'soc_src',
  'soc_trk',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'trk_'];

const isTracking = (name: string): boolean => {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
};

function parseHttp(raw: string | undefined | null, base?: string): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function clean(url: URL): string {
  const out = new URL(url.href);
  out.hash = '';
  out.hostname = out.hostname.toLowerCase().replace(/\.$/, '');
  const kept = [...out.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  out.search = new URLSearchParams(kept).toString();
  // "/a/" and "/a" serve the same article on every CMS we know; the root keeps its slash.
  if (out.pathname.length > 1 && out.pathname.endsWith('/')) out.pathname = out.pathname.replace(/\/+$/, '');
  return out.href;
}

export interface NormalizedPage {
  /** The article's key: its canonical address when the page names one on its own site. */
  url: string;
  /** The visited address, cleaned: lets the popup find the article from the tab's URL. */
  visited: string;
  /** Why a canonical address offered by the page was not used, if it was not. */
  canonicalRejected?: 'invalid' | 'other-site';
}

/**
 * @param visited the tab's address (trusted: it comes from the browser, not the page)
 * @param canonical `<link rel=canonical>` or og:url as the page states it (untrusted)
 */
export function normalizePageUrl(visited: string, canonical?: string | null): NormalizedPage | null {
  const page = parseHttp(visited);
  if (!page) return null;
  const cleanVisited = clean(page);
  if (!canonical) return { url: cleanVisited, visited: cleanVisited };
  const stated = parseHttp(canonical, page.href);
  if (!stated) return { url: cleanVisited, visited: cleanVisited, canonicalRejected: 'invalid' };
  if (siteOf(stated.hostname) !== siteOf(page.hostname)) {
    return { url: cleanVisited, visited: cleanVisited, canonicalRejected: 'other-site' };
  }
  return { url: clean(stated), visited: cleanVisited };
}
