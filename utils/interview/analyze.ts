import type { CatalogEntry } from '../catalog/entry';
import { createMatcher, type Mention } from '../catalog/matcher';
import { buildTextIndex, type TextIndex } from '../text/text-index';
import { attributeQuotes } from './attribution';
import { findInterviewer, type Interviewer } from './byline';
import { detectInterview, type Detection, type InterviewFormat } from './detect';
import { findIntroductions } from './introductions';
import { fullNamesIn } from './names';
import { paragraphsOf } from './paragraphs';
import { People, type Person } from './people';
import { findQuotes } from './quotes';
import { findArticleRoot, isBoilerplate } from './scope';
import { findTurns } from './turns';

export interface AttributedQuote {
  text: string;
  speaker: Person | null;
  /** [start, end) in the analysis index text. */
  start: number;
  end: number;
}

export interface InterviewAnalysis {
  isInterview: boolean;
  confidence: number;
  format: InterviewFormat;
  reasons: string[];
  interviewer: Interviewer | null;
  /** Everyone who speaks or is quoted. */
  speakers: Person[];
  projects: Array<{ entry: CatalogEntry; mentions: Mention[] }>;
  quotes: AttributedQuote[];
  /** The article text the offsets refer to (maps back to DOM ranges for painting). */
  index: TextIndex;
}

/** Names the publication goes by (a Q&A may label its questions with them: "InfoWorld:"). */
function publicationNames(doc: Document): string[] {
  const names = [doc.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content, doc.title.split(/\s[|–—·-]\s/).at(-1)];
  const publisher = doc.querySelector('script[type="application/ld+json"]')?.textContent?.match(/"publisher"\s*:\s*\{[^}]*"name"\s*:\s*"([^"]{1,80})"/)?.[1];
  return [...names, publisher].map((name) => name?.trim() ?? '').filter((name) => name.length > 1);
}

/** A catalog's matcher and its names (never people's), built once per catalog array: pages re-read on navigation. */
const preparedCatalogs = new WeakMap<readonly CatalogEntry[], { match: ReturnType<typeof createMatcher>; names: Set<string> }>();
function prepared(catalog: readonly CatalogEntry[]) {
  let ready = preparedCatalogs.get(catalog);
  if (!ready) {
    ready = { match: createMatcher(catalog), names: new Set(catalog.flatMap((entry) => [entry.name, ...entry.aliases])) };
    preparedCatalogs.set(catalog, ready);
  }
  return ready;
}

/**
 * Reads an article as an interview: who asks, who answers and in what roles, every quote and
 * who said it, and which projects come up. Pure: a Document in, data out.
 */
export function analyzeInterview(
  doc: Document,
  catalog: readonly CatalogEntry[],
  detection: Detection = detectInterview(doc),
): InterviewAnalysis {
  const root = findArticleRoot(doc);
  const index = buildTextIndex(root, { skip: isBoilerplate });
  const paragraphs = paragraphsOf(index);
  const links = [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
  const { match, names: notPeople } = prepared(catalog);
  const mentions = match(index.text, links);

  const people = new People(notPeople);
  const interviewer = findInterviewer(doc);
  const title = doc.querySelector('h1')?.textContent ?? doc.title;
  const description = doc.querySelector<HTMLMetaElement>('meta[name="description"], meta[property="og:description"]')?.content ?? '';
  // Full names are written out near the top; labels and later mentions use surnames.
  const fullName = fullNamesIn([doc.title, title, description, ...paragraphs.slice(0, 40).map((paragraph) => paragraph.text)], people);
  // The headline and summary introduce people too ("…with Inferna co-founder and CEO Leila Haddad").
  const summary = [title, description].map((text) => ({ text, start: -1, element: root }));
  // People are introduced near the top; long pages need not be searched to the end for it.
  findIntroductions([...summary, ...paragraphs.slice(0, 120)], people, fullName);
  // A person the headline names ("Kelsey Hightower: …") is whom the interview is with.
  for (const match of fullNamesIn([title], people).names()) if (match !== interviewer?.name) people.add(match);

  const turns = findTurns(paragraphs, people, interviewer, publicationNames(doc), fullName);
  let quotes: AttributedQuote[];
  if (turns.length) {
    quotes = turns.map((turn) => ({ text: turn.text, speaker: turn.speaker, start: turn.start, end: turn.end }));
  } else {
    const spans = findQuotes(paragraphs);
    const speakers = attributeQuotes(spans, paragraphs, people);
    quotes = spans.map((span, k) => ({ text: span.text, speaker: speakers[k] ?? null, start: span.start, end: span.end }));
  }

  // A panel's moderator or a podcast's host asks the questions when no byline names the interviewer.
  const host = interviewer ? undefined : people.list.find((person) => person.roles.some((role) => /\b(moderator|host|interviewer)\b/i.test(role)));
  const asking = interviewer ?? (host ? { name: host.name, roles: host.roles } : null);
  const speaking = new Set(quotes.map((quote) => quote.speaker).filter((speaker): speaker is Person => speaker !== null));
  const projects = new Map<CatalogEntry, Mention[]>();
  for (const mention of mentions) {
    const list = projects.get(mention.entry);
    if (list) list.push(mention);
    else projects.set(mention.entry, [mention]);
  }

  return {
    ...detection,
    format: detection.isInterview && turns.length ? (detection.format === 'none' ? 'qa' : detection.format) : detection.format,
    interviewer: asking,
    speakers: people.list.filter((person) => speaking.has(person)),
    projects: [...projects].map(([entry, found]) => ({ entry, mentions: found })),
    quotes,
    index,
  };
}
