import { NOT_A_PERSON_BYLINE, ROLE_WORDS } from './lexicon';

export interface Interviewer {
  name: string;
  roles: string[];
}

function jsonLdAuthor(doc: Document): { name: string; jobTitle?: string } | undefined {
  for (const script of [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, 5)) {
    try {
      const data = JSON.parse((script.textContent ?? '').slice(0, 100_000));
      for (const item of [data, ...(Array.isArray(data) ? data : []), ...(data?.['@graph'] ?? [])]) {
        const author = Array.isArray(item?.author) ? item.author[0] : item?.author;
        const name = typeof author === 'string' ? author : author?.name;
        const jobTitle = typeof author?.jobTitle === 'string' ? author.jobTitle.trim() : undefined;
        if (typeof name === 'string' && name.trim()) return { name: name.trim(), ...(jobTitle ? { jobTitle } : {}) };
      }
    } catch {
      // not JSON: ignore
    }
  }
  return undefined;
}

const cleanByline = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:by|von|par|written by|interview(?:ed)? by)\s+/i, '')
    .replace(/\s*(?:[|•·,–—-]|\bon\b|\bupdated\b|\bpublished\b).*$/i, '')
    .trim();

/** The article's author from metadata or byline: in an interview, the interviewer. */
export function findInterviewer(doc: Document): Interviewer | null {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="author"]')?.content?.trim();
  const byline = doc.querySelector('[rel="author"], .byline, .post-byline, .author-name, [itemprop="author"], .byline-name');
  const structured = jsonLdAuthor(doc);
  const name = [meta && !/^https?:/.test(meta) ? meta : undefined, structured?.name, byline ? cleanByline(byline.textContent ?? '') : undefined].find(
    (candidate) => candidate && /^\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}$/u.test(candidate) && !NOT_A_PERSON_BYLINE.test(candidate),
  );
  if (!name) return null;
  // The author bio may state the role: "…joining The New Stack as its senior editor for AI…".
  const bio = doc.querySelector('.author-bio, .author-box, .bio, [class*="author-bio"]')?.textContent ?? '';
  const role = bio.match(/\b(?:as (?:its|our|the|a|an)|is (?:a|an|the|our))\s+([^,.;]{3,80})/i)?.[1]?.trim();
  const roles = [structured?.name === name ? structured.jobTitle : undefined, role && ROLE_WORDS.test(role) ? role : undefined];
  return { name, roles: roles.filter((r): r is string => !!r) };
}
