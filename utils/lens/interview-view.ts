import catalog from '../catalog/catalog.json';
import type { CatalogEntry } from '../catalog/schema';
import { analysisSteps, type InterviewAnalysis } from '../interview/analyze';
import { detectInterview, withVerdict, type Detection } from '../interview/detect';
import { gatherSignals } from '../interview/signals';
import { NO_SPEAKER_CORRECTIONS, withCorrections } from '../interview/corrections';
import type { KnownPerson, Person } from '../interview/people';
import type { HighlightSpeaker, SpeakerCorrections } from '../messages/fields';
import { MAX_UNDERLINES } from '../interview/limits';
import { MAX_ARTICLE_PROJECTS } from '../messages/limits';
import { summaryOf, type PageSummary } from '../interview/report';
import type { NameHit } from '../interview/name-finder';
import { finish, runInSlices, type Pacing, type Steps } from '../pace/steps';
import { yieldToPage } from '../pace/yield-to-page';
import { asIndexed } from '../text/text-index';
import { finderFor, nameSpans } from './name-spans';

/** Something on the page a tooltip can explain: a speaker's name (or the interviewer's: `asking`), or a project's. */
export type MentionTarget =
  | { kind: 'speaker'; person: Person; asking?: true }
  | { kind: 'project'; entry: CatalogEntry };

/** A name on the page, as offsets in the analysis text (a DOM range is made only when it is shown). */
export interface MentionSpan {
  id: string;
  start: number;
  end: number;
  target: MentionTarget;
}

export interface PaintedMention extends MentionSpan {
  range: Range;
}

/** What the reader corrected on this page: whether it is an interview, and its people. */
export interface PageCorrections {
  verdict: boolean | null;
  people: SpeakerCorrections;
}
const NO_CORRECTIONS: PageCorrections = { verdict: null, people: NO_SPEAKER_CORRECTIONS };

/**
 * The bundled catalog with the reader's projects, and the people they added: people are people,
 * never project names. The same array while the entries stay the same (its matcher is kept).
 */
let lastCatalog:
  | { userEntries: readonly CatalogEntry[]; entries: readonly CatalogEntry[]; people: KnownPerson[] }
  | undefined;
function catalogWith(userEntries: readonly CatalogEntry[]) {
  if (!userEntries.length) return { entries: catalog as CatalogEntry[], people: [] };
  if (lastCatalog?.userEntries !== userEntries) {
    const people = userEntries.filter((entry) => entry.kind === 'person');
    lastCatalog = {
      userEntries,
      entries: [...(catalog as CatalogEntry[]), ...userEntries.filter((entry) => entry.kind !== 'person')],
      people: people.map((entry) => ({
        name: entry.name,
        roles: entry.role ? [entry.role] : [],
        ...(entry.organisation ? { organisation: entry.organisation } : {}),
      })),
    };
  }
  return lastCatalog;
}

/** How much text the names are looked for in between pauses. */
const CHARS_PER_STEP = 16_384;

/** The interviewer as one of the page's people, to underline where the page names them (not where they also speak). */
function askerOf({ interviewer, speakers }: InterviewAnalysis): Person | null {
  if (!interviewer || speakers.some((person) => person.name === interviewer.name)) return null;
  // The person the reader chose keeps their identity: their questions are counted by it.
  return interviewer.aliases
    ? (interviewer as Person)
    : { name: interviewer.name, roles: interviewer.roles, aliases: [] };
}

/** Every speaker and project name the analysis found, in text order. */
function* mentionsIn(analysis: InterviewAnalysis): Steps<MentionSpan[]> {
  const found: MentionSpan[] = [];
  for (const { entry, mentions: spots } of analysis.projects) {
    spots.forEach((spot, k) => {
      found.push({
        id: `project:${entry.name}:${k}`,
        start: spot.start,
        end: spot.end,
        target: { kind: 'project', entry },
      });
    });
  }
  const { text } = analysis.index;
  const asker = askerOf(analysis);
  const people = asker ? [...analysis.speakers, asker] : analysis.speakers;
  const finder = finderFor(people);
  const hits: NameHit[] = [];
  for (let from = 0; from < text.length; from += CHARS_PER_STEP) {
    yield;
    for (const hit of finder.find(text, from, from + CHARS_PER_STEP)) hits.push(hit);
  }
  for (const { person, start, end } of nameSpans(people, hits)) {
    found.push({
      id: `speaker:${person.name}:${start}`,
      start,
      end,
      target: { kind: 'speaker', person, ...(person === asker ? { asking: true as const } : {}) },
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** What the lens knows of a new highlight: who said it, and the projects near it and in its article. */
export interface Attribution {
  speaker?: HighlightSpeaker;
  projects?: string[];
  articleProjects?: string[];
}

/** Where a range sits relative to another: inside it, or not. */
const within = (inner: Range, outer: Range) =>
  outer.compareBoundaryPoints(Range.START_TO_START, inner) <= 0 &&
  outer.compareBoundaryPoints(Range.END_TO_END, inner) >= 0;

/** The lens's reading of a page in steps: detection, then for an interview its analysis and the names to underline. */
function* readingSteps(
  doc: Document,
  userEntries: readonly CatalogEntry[],
  corrections: PageCorrections,
): Steps<InterviewView> {
  const detection = withVerdict(detectInterview(gatherSignals(doc)), corrections.verdict);
  yield;
  const { entries, people } = catalogWith(userEntries);
  const known = [...people, ...corrections.people.people.map((name) => ({ name, roles: [], here: true }))];
  const analysis = detection.isInterview
    ? withCorrections(yield* analysisSteps(doc, entries, detection, known), corrections.people)
    : null;
  return viewOf(detection, analysis, analysis ? yield* mentionsIn(analysis) : []);
}

/** The lens's reading of a page, at once (tests, benches). */
export const readInterview = (
  doc: Document,
  userEntries: readonly CatalogEntry[] = [],
  corrections = NO_CORRECTIONS,
): InterviewView => finish(readingSteps(doc, userEntries, corrections));

/**
 * Slices of about 8 ms with the page's turn between them: the page stays responsive (no task near
 * 50 ms) however long it is, and a normal page is read in one or two slices.
 */
const ON_A_PAGE: Pacing = { sliceMs: 8, now: () => performance.now(), pause: yieldToPage };

/** The lens's reading of a page, in slices that leave the page free to run in between, with the reader's corrections on top. */
export const readInterviewInSlices = (
  doc: Document,
  userEntries: readonly CatalogEntry[] = [],
  corrections = NO_CORRECTIONS,
  pacing = ON_A_PAGE,
): Promise<InterviewView> => runInSlices(readingSteps(doc, userEntries, corrections), pacing);

/**
 * The lens's reading of an interview page: the analysis, the speaker and project mentions to
 * underline, and who said the text of a new highlight.
 */
function viewOf(detection: Detection, analysis: InterviewAnalysis | null, found: readonly MentionSpan[]) {
  const shown = found.slice(0, MAX_UNDERLINES);
  /** Every speaker and project name to underline, in text order, up to the cap. */
  const mentionSpans = () => shown;

  /**
   * The span with its DOM range, or null where the page no longer holds that name there: names
   * are shown long after the page was read, and a single-page app may have changed it since.
   */
  function materialize(span: MentionSpan): PaintedMention | null {
    if (!analysis) return null;
    try {
      const range = analysis.index.rangeFor(span.start, span.end);
      const name = analysis.index.text.slice(span.start, span.end);
      return range && asIndexed(range.toString()) === name ? { ...span, range } : null;
    } catch {
      return null; // a text node grew shorter than the offsets read on load
    }
  }

  /** Blocks of the analysed text (paragraphs, headings, list items) with their elements. */
  const blocks = () => analysis?.index.blocks() ?? [];

  /** Ranges of one speaker's quotes, in page order (for "next quote"). */
  function quotesOf(person: Person): Range[] {
    if (!analysis) return [];
    return analysis.quotes
      .filter((quote) => quote.speaker === person)
      .map((quote) => analysis.index.rangeFor(quote.start, quote.end))
      .filter((range): range is Range => range !== null);
  }

  /** Who said the highlighted text, the projects its paragraph names, and those the whole article names. */
  function attribution(range: Range): Attribution {
    if (!analysis) return {};
    // The innermost quote that holds it: a question may quote someone else, and those words are theirs.
    let quote: (typeof analysis.quotes)[number] | undefined;
    for (const candidate of analysis.quotes) {
      if (candidate.speaker === null || (quote && quote.end - quote.start <= candidate.end - candidate.start)) continue;
      const quoteRange = analysis.index.rangeFor(candidate.start, candidate.end);
      if (quoteRange && within(range, quoteRange)) quote = candidate;
    }
    // A project belongs with a highlight when its paragraph names it, not only its own words.
    // (By containment: Range.intersectsNode counts siblings, and a page may hold 50,000 of them.)
    const blocks = analysis.index.blocks();
    const first = blocks.find((block) => block.element.contains(range.startContainer));
    const last = blocks.findLast((block) => block.element.contains(range.endContainer)) ?? first;
    const from = first?.start ?? Infinity;
    const to = last?.end ?? -Infinity;
    const text = range.toString();
    const projects = analysis.projects
      .filter(
        ({ entry, mentions }) =>
          mentions.some((mention) => mention.start >= from && mention.end <= to) ||
          [entry.name, ...entry.aliases].some((name) => text.includes(name)),
      )
      .map(({ entry }) => entry.name);
    const named = analysis.projects.map(({ entry }) => entry.name).slice(0, MAX_ARTICLE_PROJECTS);
    return {
      ...(quote?.speaker ? { speaker: { name: quote.speaker.name, roles: quote.speaker.roles } } : {}),
      ...(projects.length ? { projects } : {}),
      ...(named.length ? { articleProjects: named } : {}),
    };
  }

  /** Everyone a highlight can be said by, for the reader to choose from: speakers, then the interviewer. */
  function speakers(): HighlightSpeaker[] {
    if (!analysis) return [];
    const people: HighlightSpeaker[] = analysis.speakers.map((person) => ({ name: person.name, roles: person.roles }));
    const asking = analysis.interviewer;
    if (asking && !people.some((person) => person.name === asking.name))
      people.push({ name: asking.name, roles: asking.roles });
    return people;
  }

  /** What a tooltip counts: a speaker's quotes, or a project's mentions on the page. */
  function countFor(target: MentionTarget) {
    return {
      quotes:
        target.kind === 'speaker'
          ? (analysis?.quotes.filter((quote) => quote.speaker === target.person).length ?? 0)
          : 0,
      mentions:
        target.kind === 'project'
          ? (analysis?.projects.find(({ entry }) => entry === target.entry)?.mentions.length ?? 0)
          : 0,
    };
  }

  /** The speaker's next quote after this mention of them (wrapping to the first). */
  function nextQuoteAfter(mention: PaintedMention): Range | undefined {
    if (mention.target.kind !== 'speaker') return undefined;
    const quotes = quotesOf(mention.target.person);
    return quotes.find((quote) => quote.compareBoundaryPoints(Range.START_TO_START, mention.range) > 0) ?? quotes[0];
  }

  /**
   * What the popup shows of the page: its quotes stay here (20,000 of them made a reply that
   * blocked the page for 60 ms), and it is built once, however often the popup asks.
   */
  let summary: PageSummary | undefined;
  function report(): PageSummary | Detection {
    if (!analysis) return detection;
    if (summary) return summary;
    const read = summaryOf(analysis);
    summary =
      found.length > shown.length
        ? { ...read, capped: { ...read.capped, names: { found: found.length, kept: shown.length } } }
        : read;
    return summary;
  }
  return { mentionSpans, materialize, blocks, countFor, nextQuoteAfter, attribution, speakers, report };
}
export type InterviewView = ReturnType<typeof viewOf>;
