import type { Steps } from '../pace/steps';
import { insideBoilerplate } from './scope';
import { INTERVIEWER_CREDIT, NAME, NOT_A_PERSON_BYLINE } from './lexicon';
import { leadsWithRole } from './role-words';

export interface Interviewer {
  name: string;
  roles: string[];
  /** Other names they go by on the page, where they are also one of its people (the reader chose them). */
  aliases?: string[];
}

interface JsonLdPerson {
  name: string;
  jobTitle?: string;
  description?: string;
}

/** The article's author in JSON-LD, following an `@id` reference into the `@graph` (Yoast writes it so). */
function jsonLdAuthor(doc: Document): JsonLdPerson | undefined {
  for (const script of [...doc.querySelectorAll('script[type="application/ld+json"]')].slice(0, 5)) {
    let data: unknown;
    try {
      data = JSON.parse((script.textContent ?? '').slice(0, 200_000));
    } catch {
      continue; // not JSON: ignore
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((item) => [
      item,
      ...(Array.isArray(item?.['@graph']) ? item['@graph'] : []),
    ]);
    const byId = new Map(
      items.filter((item) => typeof item?.['@id'] === 'string').map((item) => [item['@id'] as string, item]),
    );
    for (const item of items) {
      let author = Array.isArray(item?.author) ? item.author[0] : item?.author;
      if (typeof author?.['@id'] === 'string' && !author.name) author = byId.get(author['@id']);
      const name = typeof author === 'string' ? author : author?.name;
      const jobTitle = typeof author?.jobTitle === 'string' ? author.jobTitle.trim() : undefined;
      const description = typeof author?.description === 'string' ? author.description.slice(0, 500) : undefined;
      if (typeof name === 'string' && name.trim())
        return { name: name.trim(), ...(jobTitle ? { jobTitle } : {}), ...(description ? { description } : {}) };
    }
  }
  return undefined;
}

/** "JOCHEN BITTNER" → "Jochen Bittner": credits are often set in capitals. */
const titleCase = (name: string) =>
  name === name.toUpperCase()
    ? name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase())
    : name;

const cleanByline = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^\s*(?:[\p{L}/]{2,12}\s*:\s*)?(?:by|von|par|written by|posted by|interview(?:ed)? by)\s+/iu, '')
    .replace(/^\s*[\p{L}/]{2,12}\s*:\s*/u, '') // "Autor/in: …"
    .replace(/\s*(?:[|•·,–—@-]|\bon\b|\bupdated\b|\bpublished\b|\bam\b|\bund\b|\band\b).*$/i, '')
    .trim();

const PERSON = /^\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3}$/u;
const isPersonName = (candidate: string | undefined): candidate is string =>
  !!candidate && PERSON.test(candidate) && !NOT_A_PERSON_BYLINE.test(candidate);

const CREDIT = new RegExp(String.raw`(?:^|[\s(])(?:${INTERVIEWER_CREDIT})\s*:?\s+`, 'iu');
const LEADING_NAME = new RegExp(`^${NAME}`, 'u');
// "Lena Hoffmann im Gespräch mit Paul Richter": the guest, then the host.
const IN_CONVERSATION = new RegExp(String.raw`${NAME}\s+im\s+Gespräch\s+mit\s+(${NAME})`, 'u');
const CREDIT_BLOCKS = 'p, div, span, byline, footer, small, em, i, address';

/**
 * Who asked, from the most explicit evidence to the least: a credit line that says who led the
 * interview ("Interview: Julia Lauter", "Die Fragen stellte …", "X im Gespräch mit Y",
 * "Interviewed by …"), then the article's author in metadata, JSON-LD or its byline. In steps:
 * each reading searches the whole page, which a huge page makes slow.
 */
export function* findInterviewer(doc: Document, articleRoot: Element): Steps<Interviewer | null> {
  const structured = jsonLdAuthor(doc);
  yield;
  const credit = yield* creditedInterviewer(articleRoot);
  yield;
  const name = credit?.name ?? authorOf(doc, structured);
  yield;
  if (!name) return null;
  const own = structured?.name === name ? structured : undefined;
  // "Matthias Weber ist ERP-Experte mit langjähriger Berufserfahrung."
  const described = own?.description
    ?.match(/\b(?:is|ist|est)\s+(?:(?:a|an|the|ein|eine)\s+)?([^.;]{3,100})/)?.[1]
    ?.trim();
  const roles = [
    credit?.role,
    own?.jobTitle,
    described && leadsWithRole(described) ? described : undefined,
    ...rolesInAuthorBox(doc, name),
  ];
  return {
    name,
    roles: [...new Set(roles.filter((role): role is string => !!role).map((role) => role.replace(/\s+/g, ' ')))],
  };
}

/** A short credit line in or around the article naming who conducted the interview, and the role it gives ("Posted by X, AMP Project Marketing"). */
function* creditedInterviewer(root: Element): Steps<{ name: string; role?: string } | undefined> {
  const scope = root.parentElement ?? root;
  for (const block of creditCandidates(root, scope)) {
    yield; // a large page around the article holds thousands of candidate lines
    if (block.childElementCount > 3) continue; // a container, not a line
    const raw = block.textContent ?? '';
    if (raw.length > 400) continue; // credits are short lines
    const text = raw.replace(/\s+/g, ' ').trim();
    if (text.length > 160 || text.length < 8) continue;
    const credit = text.match(CREDIT);
    const conversation = text.match(IN_CONVERSATION);
    if (!credit && !conversation) continue;
    if (insideBoilerplate(block, scope)) continue; // "Interview: …" on a related story names its guest
    const credited = credit
      ? text
          .slice(credit.index! + credit[0].length)
          .split(/\s+(?:und|and|et|&)\s+/i)[0]!
          .match(LEADING_NAME)?.[0]
      : undefined;
    const name = conversation?.[1] ?? credited;
    const person = name && titleCase(name.trim());
    if (!isPersonName(person)) continue;
    const role = credited
      ? text.slice(text.indexOf(credited) + credited.length).match(/^\s*,\s*([^|•(]{3,60}?)\s*$/)?.[1]
      : undefined;
    return { name: person, ...(role ? { role } : {}) };
  }
  return undefined;
}

/**
 * Lines that may credit the interviewer: around the article (its byline, header, footer) and at
 * both ends of it ("Interview: …" above the first question, "Die Fragen stellten …" after the last).
 * The middle of a long article is never read.
 */
function* creditCandidates(root: Element, scope: Element): Generator<Element> {
  // Around the article: the scope's other children and what they hold, by one native query each
  // (a walk calling back into script for every element cost more than the reading itself).
  for (const sibling of scope === root ? [] : scope.children) {
    if (sibling === root) continue;
    if (sibling.matches(CREDIT_BLOCKS)) yield sibling;
    yield* sibling.querySelectorAll(CREDIT_BLOCKS);
  }
  // The first and last 40 children, read by position: an article may have tens of thousands.
  const count = root.children.length;
  const ends = Array.from(
    { length: Math.min(count, 80) },
    (_, k) => root.children[count > 80 && k >= 40 ? count - 80 + k : k]!,
  );
  for (const child of ends) {
    if (child.matches(CREDIT_BLOCKS)) yield child;
    yield* child.querySelectorAll(CREDIT_BLOCKS);
  }
}

/** What an author box says the author is: "Annette Henkel — Mit-Initiatorin von changelog. …", "…as its senior editor for AI". */
function rolesInAuthorBox(doc: Document, name: string): string[] {
  for (const box of [...doc.querySelectorAll(AUTHOR_BOXES)].slice(0, 30)) {
    const text = (box.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 1000 || !text.includes(name)) continue;
    // After the last mention (a box may name the author twice: a caption, then the text).
    const after = text.slice(text.lastIndexOf(name) + name.length).split(/\s+\S+@\S+/)[0]!;
    const next = after
      .match(/^\s*(?:[,–—:|]\s*)?(?:(?:is|ist|est|war|was)\s+(?:(?:a|an|the|ein|eine)\s+)?)?([^.|•]{3,100})/)?.[1]
      ?.trim();
    const joined = text.match(/\b(?:as (?:its|our|the|a|an)|is (?:a|an|the|our))\s+([^,.;]{3,80})/i)?.[1]?.trim();
    const roles = [next, joined].filter((role): role is string => !!role && leadsWithRole(role));
    if (roles.length) return roles;
  }
  return [];
}

const AUTHOR_BOXES = '[class*="author"], [class*="Author"], [class*="autor"], [class*="Autor"], [class*="bio"]';

function authorOf(doc: Document, structured: JsonLdPerson | undefined): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[name="author"]');
  const metaName = (meta?.content || meta?.getAttribute('value'))?.trim();
  const bylines = [
    ...doc.querySelectorAll(
      '[rel="author"], [itemprop="author"], .byline, .post-byline, .author-name, .byline-name, [class*="byline__author"], [class*="author-name"]',
    ),
  ]
    .slice(0, 6)
    .map((element) => cleanByline(element.textContent ?? ''));
  return [metaName && !/^https?:/.test(metaName) ? metaName : undefined, structured?.name, ...bylines]
    .map((name) => name && titleCase(name))
    .find(isPersonName);
}
