import type { CatalogEntry } from '../catalog/schema';
import { createMatcher, type Mention } from '../catalog/matcher';
import { filterInSteps, finish, type Steps } from '../pace/steps';
import { firstAbove } from '../text/first-above';
import { ELEMENT_NODE, isBlock, isSkipped, TEXT_NODE } from '../text/elements';
import { textIndexSteps, type TextIndex } from '../text/text-index';
import { attributeQuotes, namedSpeakers } from './attribution';
import { isMostlyLinks } from './block-shape';
import { findInterviewer, type Interviewer } from './byline';
import { detectInterview, type Detection, type InterviewFormat } from './detect';
import { gatherSignals } from './signals';
import { findIntroductions } from './introductions';
import { NAME, TRANSCRIPT_WORDING } from './lexicon';
import { MAX_QUOTES, type CapsHit } from './limits';
import { leadsWithRole } from './role-words';
import { fullNamesIn } from './names';
import { paragraphSteps, type Paragraph } from './paragraphs';
import { People, type KnownPerson, type Person } from './people';
import { findQuotes } from './quotes';
import { findArticleRoot, insideBoilerplate, isBoilerplate } from './scope';
import { AMA_WORDING, readThread } from './threads';
import { findTurns, type Turn } from './turns';

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
  /** In an interview of turns, those only quoted (a question quoting them), who take no turn. */
  quotedOnly: Person[];
  projects: Array<{ entry: CatalogEntry; mentions: Mention[] }>;
  quotes: AttributedQuote[];
  /** The limits the page reached, if any (see limits.ts). */
  capped?: CapsHit;
  /** The article text the offsets refer to (maps back to DOM ranges for painting). */
  index: TextIndex;
}

const STANDFIRSTS =
  'figcaption, [class*="caption"], [class*="dek"], [class*="subtitle"], [class*="standfirst"], [class*="lede"], [class*="chapo"], [class*="subline"], [class*="intro"], [class*="summary"], [class*="vorspann"]';

/** Short texts around the headline that present the article: standfirsts, decks and captions (not article text, so not in the index). */
function standfirsts(doc: Document): string[] {
  const body = doc.body ?? doc.documentElement;
  return [...body.querySelectorAll(STANDFIRSTS)]
    .slice(0, 12)
    .filter((element) => !insideBoilerplate(element, body, PRESENTING))
    .map((element) => blockText(element).replace(/\s+/g, ' ').trim().slice(0, 400))
    .filter((text) => text.length > 20);
}
/** Where standfirsts and captions stand: not boilerplate for them, unless their names say so. */
const PRESENTING: ReadonlySet<string> = new Set(['FIGCAPTION', 'HEADER']);

/**
 * An element's text with its blocks set apart, so a name does not run into a photo credit below
 * it ("… mit der Chirurgin Mara Lindt" then "Foto: Jonas Weber"), and without what a reader never
 * sees (a header's scripts, styles and icons). The text index cannot serve: its boundaries are
 * spaces, which a name runs across.
 */
function blockText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === TEXT_NODE) text += node.textContent;
    else if (node.nodeType === ELEMENT_NODE && !isSkipped(node as Element))
      text += isBlock(node as Element) ? ` · ${blockText(node as Element)} · ` : blockText(node as Element);
  }
  return text;
}

/**
 * What kind of interview it is, from what the analysis found: no turns is a narrative; turns with
 * timestamps a transcript; several people answering a panel; a show's wording a transcript; else Q&A.
 */
function formatOf(detection: Detection, turns: readonly Turn[], wording: string): InterviewFormat {
  if (!turns.length) return 'narrative';
  if (detection.format === 'transcript') return 'transcript';
  const answering = new Set(turns.filter((turn) => !turn.asks && turn.speaker).map((turn) => turn.speaker));
  return answering.size >= 2 ? 'panel' : TRANSCRIPT_WORDING.test(wording) ? 'transcript' : 'qa';
}

/** The guest an AMA's title introduces: "AMA: I'm Priya Raman, creator of Tidewater". */
const AMA_GUEST = new RegExp(String.raw`\bI['’]m\s+(${NAME})`, 'u');

const HEADLINE_ROLE = /^(?:The|A|An)\s+([^,.;:!?]{3,80}?)\s+(?:on|about)\s+/u;

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Drops pull quotes: an unattributed (or only `guessed`) quote whose words another, attributed quote already holds. */
function* withoutRepeats(
  quotes: AttributedQuote[],
  guessed: ReadonlySet<AttributedQuote> = new Set(),
): Steps<AttributedQuote[]> {
  const unattributed = quotes.filter((quote) => (!quote.speaker || guessed.has(quote)) && quote.text.length >= 12);
  if (!unattributed.length) return quotes; // the usual case: nothing to compare, no text to fold
  const attributed = quotes.filter((quote) => quote.speaker && !guessed.has(quote)).map((quote) => letters(quote.text));
  if (!attributed.length) return quotes;
  // One text to search, each quote's words folded once: `letters` leaves no line break, so no match spans two quotes.
  const said = attributed.join('\n');
  const repeats = new Set(yield* filterInSteps(unattributed, (quote) => said.includes(letters(quote.text))));
  return repeats.size ? quotes.filter((quote) => !repeats.has(quote)) : quotes;
}

/**
 * Quotes a question puts to the guest in someone else's words, when it names them ("„…“, sagte
 * Jana Roth, die Sprecherin eines Mieterbunds. Hat sie recht?"): those words
 * are theirs, not the interviewer's. Answers are left alone: speech a guest recounts is part of
 * their answer.
 */
function* quotedInQuestions(
  turns: readonly Turn[],
  paragraphs: readonly Paragraph[],
  people: People,
): Steps<AttributedQuote[]> {
  const questions = turns.filter((turn) => turn.asks);
  if (!questions.length) return [];
  const asked = questions.flatMap((turn) => paragraphs.slice(turn.first, turn.last + 1));
  const found = yield* findQuotes(asked);
  const speakers = namedSpeakers(found, asked, people);
  return found.flatMap((span, k) => {
    const speaker = speakers[k];
    const turn = questions.find((question) => question.start <= span.start && span.start < question.end);
    return speaker && speaker !== turn?.speaker ? [{ text: span.text, speaker, start: span.start, end: span.end }] : [];
  });
}

/** Whether a text offset falls inside one of the paragraphs (in text order). */
function insideAny(paragraphs: readonly Paragraph[], starts: readonly number[], at: number): boolean {
  const paragraph = paragraphs[firstAbove(starts, at) - 1];
  return paragraph !== undefined && at < paragraph.start + paragraph.text.length;
}

/** The longest run of a name's words (two at least) that the article body writes, if any. */
function namedInBody(name: string, body: string): string | undefined {
  const words = name.split(' ');
  for (let length = words.length; length >= 2; length--) {
    for (let from = 0; from + length <= words.length; from++) {
      const run = words.slice(from, from + length).join(' ');
      if (body.includes(run)) return run;
    }
  }
  return undefined;
}

/** Names the publication goes by (a Q&A may label its questions with them: "InfoWorld:"). */
function publicationNames(doc: Document): string[] {
  const names = [
    doc.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content,
    doc.title.split(/\s[|–—·-]\s/).at(-1),
  ];
  const publisher = doc
    .querySelector('script[type="application/ld+json"]')
    ?.textContent?.match(/"publisher"\s*:\s*\{[^}]*"name"\s*:\s*"([^"]{1,80})"/)?.[1];
  return [...names, publisher].map((name) => name?.trim() ?? '').filter((name) => name.length > 1);
}

/** The limits a page reached: more people than are followed, more quotes than are attributed. */
function capsOf(people: People, quotes: number): { capped?: CapsHit } {
  const capped: CapsHit = {};
  const followed = people.capped();
  if (followed) capped.people = followed;
  if (quotes > MAX_QUOTES) capped.quotes = { found: quotes, kept: MAX_QUOTES };
  return Object.keys(capped).length ? { capped } : {};
}

/** A catalog's matcher and its names (never people's), built once per catalog array: pages re-read on navigation. */
const preparedCatalogs = new WeakMap<
  readonly CatalogEntry[],
  { match: ReturnType<typeof createMatcher>; names: Set<string> }
>();
function prepared(catalog: readonly CatalogEntry[]) {
  let ready = preparedCatalogs.get(catalog);
  if (!ready) {
    ready = {
      match: createMatcher(catalog),
      names: new Set(catalog.flatMap((entry) => [entry.name, ...entry.aliases])),
    };
    preparedCatalogs.set(catalog, ready);
  }
  return ready;
}

/**
 * Reads an article as an interview: who asks, who answers and in what roles, every quote and
 * who said it, and which projects come up. Pure: a Document in, data out.
 */
export const analyzeInterview = (
  doc: Document,
  catalog: readonly CatalogEntry[],
  detection: Detection = detectInterview(gatherSignals(doc)),
): InterviewAnalysis => finish(analysisSteps(doc, catalog, detection));

/**
 * The analysis in steps: each pass over the page's paragraphs, text or quotes may pause. `known`:
 * people the reader named: as a speaker of this page (they are one, quoted or not), or in the
 * options (they are one wherever the page names them).
 */
export function* analysisSteps(
  doc: Document,
  catalog: readonly CatalogEntry[],
  detection: Detection,
  known: readonly KnownPerson[] = [],
): Steps<InterviewAnalysis> {
  const { match, names: notPeople } = prepared(catalog);
  const people = new People(notPeople);
  const title = doc.querySelector('h1')?.textContent ?? doc.title;
  // An AMA is its comment thread (boilerplate anywhere else); other articles are their body.
  const thread = AMA_WORDING.test(`${doc.title} ${title}`)
    ? readThread(doc, people, doc.title.match(AMA_GUEST)?.[1])
    : null;
  const root = yield* findArticleRoot(doc);
  const index = thread?.index ?? (yield* textIndexSteps(root, { skip: isBoilerplate }));
  const paragraphs = thread?.paragraphs ?? (yield* paragraphSteps(index));
  // Only those the page names join its people: others would change whom it seems to be with.
  const readerNamed = new Map(
    known
      .filter((person) => person.here || index.text.includes(person.name))
      .flatMap((person) => {
        const added = people.add(person.name, person.roles, person.organisation);
        return added ? [[added, person.here === true] as const] : [];
      }),
  );
  yield;
  const links = [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
  // A link card's blurb names what another article is about, not this one.
  const cards = yield* filterInSteps(paragraphs, isMostlyLinks);
  const cardStarts = cards.map((card) => card.start);
  const mentions = (yield* match.steps(index.text, links)).filter(
    (mention) => !insideAny(cards, cardStarts, mention.start),
  );

  // Each of the readings below looks at a bounded part of the page, but they add up: pauses between them.
  yield;
  const interviewer = yield* findInterviewer(doc, root);
  yield;
  const description =
    doc.querySelector<HTMLMetaElement>('meta[name="description"], meta[property="og:description"]')?.content ?? '';
  // Full names are written out near the top; labels and later mentions use surnames.
  const fullName = fullNamesIn(
    [doc.title, title, description, ...paragraphs.slice(0, 40).map((paragraph) => paragraph.text)],
    people,
  );
  // The headline, summary, standfirst and captions introduce people too ("…with Inferna co-founder
  // and CEO Leila Haddad", "Kardiologin Eva Brandt im Gespräch mit dem Virologen …").
  const summary = [title, description, ...standfirsts(doc)].map((text) => ({ text }));
  yield;
  // People are introduced near the top; long pages need not be searched to the end for it.
  yield* findIntroductions([...summary, ...paragraphs.slice(0, 120)], people, fullName);
  yield;
  // Whom the headline names is whom the interview is with, once the body names them too (a title
  // in Title Case runs names on: "Dana Reyes Knows Why Your Build Is Slow").
  const headlined = fullNamesIn([title, doc.title], people)
    .names()
    .map((name) => namedInBody(name, index.text))
    .filter((name): name is string => !!name && name !== interviewer?.name && people.canBePerson(name));
  let interviewee: Person | null | undefined;
  const findInterviewee = (): Person | null => {
    if (interviewee !== undefined) return interviewee;
    // Several names in a title ("… beim Umbau von Nordwolke"): the one the article introduces.
    const named = [...new Set(headlined)];
    const introduced = named.filter((name) => people.find(name));
    const others = people.list.filter((person) => person.name !== interviewer?.name);
    const pick = introduced.length === 1 ? introduced[0] : named.length === 1 ? named[0] : undefined;
    interviewee = pick ? (people.add(pick) ?? null) : others.length === 1 ? others[0]! : null;
    return interviewee;
  };

  const turns =
    thread?.turns ??
    (yield* findTurns(paragraphs, {
      people,
      interviewer,
      publications: publicationNames(doc),
      fullName,
      fullNames: fullName.names(),
      interviewee: findInterviewee,
    }));
  // "The creator of the Sluice data-pipeline tool on licences, funding and restraint": a summary
  // that names the guest by role, in the "X on Y" way of Q&A headlines.
  const guest = turns.length ? findInterviewee() : null;
  if (guest) {
    for (const { text } of summary) {
      const role = text.match(HEADLINE_ROLE)?.[1];
      if (role && leadsWithRole(role)) people.add(guest.name, [role]);
    }
  }
  // Narration around the turns (an introduction, a summary) may quote people too.
  const inTurn = new Set(
    turns.flatMap((turn) => Array.from({ length: turn.last - turn.first + 1 }, (_, k) => turn.first + k)),
  );
  // Link cards and teasers quote titles, not people.
  const narration = yield* filterInSteps(paragraphs, (paragraph, p) => !inTurn.has(p) && !isMostlyLinks(paragraph));
  const found = yield* findQuotes(narration);
  // Quotes beyond the cap are not attributed: the turns come first, then the narration's quotes in order.
  const spans = found.slice(0, Math.max(0, MAX_QUOTES - turns.length));
  // "“…?” I asked": the writer, whom the byline names, speaks too.
  const writer = () => (interviewer && people.add(interviewer.name, interviewer.roles)) || null;
  const { speakers, byLeadIn } = yield* attributeQuotes(spans, narration, people, writer);
  const quoted = yield* quotedInQuestions(turns, paragraphs, people);
  const narrated = spans.map((span, k) => ({
    text: span.text,
    speaker: speakers[k] ?? null,
    start: span.start,
    end: span.end,
  }));
  const quotes: AttributedQuote[] = (yield* withoutRepeats(
    [
      ...turns
        .slice(0, MAX_QUOTES)
        .map((turn) => ({ text: turn.text, speaker: turn.speaker, start: turn.start, end: turn.end })),
      ...narrated,
      ...quoted.slice(0, Math.max(0, MAX_QUOTES - turns.length - spans.length)),
    ],
    new Set([...byLeadIn].map((k) => narrated[k]!)),
  )).sort((a, b) => a.start - b.start);

  // A panel's moderator or a podcast's host asks the questions when no byline names the interviewer.
  const host = interviewer
    ? undefined
    : people.list.find((person) => person.roles.some((role) => /\b(moderator|host|interviewer)\b/i.test(role)));
  const asker = interviewer ? people.find(interviewer.name) : undefined;
  const asking = interviewer
    ? { name: interviewer.name, roles: [...new Set([...interviewer.roles, ...(asker?.roles ?? [])])] }
    : host
      ? { name: host.name, roles: host.roles }
      : null;
  const speaking = new Set(
    quotes.map((quote) => quote.speaker).filter((speaker): speaker is Person => speaker !== null),
  );
  const projects = new Map<CatalogEntry, Mention[]>();
  for (const mention of mentions) {
    const list = projects.get(mention.entry);
    if (list) list.push(mention);
    else projects.set(mention.entry, [mention]);
  }

  return {
    ...detection,
    format: detection.isInterview ? formatOf(detection, turns, `${doc.title} ${title} ${description}`) : 'none',
    interviewer: asking,
    // The reader's speakers of this page, and their people from the options that the page names.
    speakers: people.list.filter((person) => speaking.has(person) || readerNamed.has(person)),
    quotedOnly: [...new Set(quoted.map((quote) => quote.speaker!))].filter(
      (person) => !turns.some((turn) => turn.speaker === person),
    ),
    projects: [...projects].map(([entry, found]) => ({ entry, mentions: found })),
    quotes,
    index,
    ...capsOf(people, turns.length + found.length),
  };
}
