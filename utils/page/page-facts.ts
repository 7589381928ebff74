import type { PageFacts } from '../messages/protocol';

const meta = (doc: Document, selector: string): string | undefined =>
  doc.querySelector<HTMLMetaElement>(selector)?.content?.trim() || undefined;

/** Cheap facts a page states about itself, read from its head (bounded: no body walk). */
export function readPageFacts(doc: Document): PageFacts {
  const canonical =
    doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i]')?.getAttribute('href')?.trim() ||
    meta(doc, 'meta[property="og:url"]');
  const facts: PageFacts = {
    title: (meta(doc, 'meta[property="og:title"]') ?? doc.title ?? '').slice(0, 1000),
  };
  const address = doc.location?.href;
  if (address && address.length <= 4096) facts.address = address;
  if (canonical) facts.canonical = canonical.slice(0, 4096);
  const site = meta(doc, 'meta[property="og:site_name"]');
  if (site) facts.site = site.slice(0, 300);
  const author = meta(doc, 'meta[name="author"]');
  if (author) facts.author = author.slice(0, 300);
  const published = meta(doc, 'meta[property="article:published_time"]');
  if (published) facts.published = published.slice(0, 100);
  return facts;
}
