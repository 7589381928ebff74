/**
 * The always-on interview detector: a table of named, weighted rules over cheap signals and a
 * bounded sample of blocks (never a full walk of the page), so it costs well under a millisecond.
 * Kept free of dependencies: it ships in the content script that runs on every page.
 */

import { QUESTION_MARKER, STOP_LABELS, TURN_LABEL } from './labels';
import { FIRST_PERSON, SECOND_PERSON, MEETING, NOT_INTERVIEW_WORDING, SPEECH_VERBS, INTERVIEW_WORDING, CONVERSATION_WORDING } from './lexicon';

export type InterviewFormat = 'narrative' | 'qa' | 'transcript' | 'panel' | 'none';

export interface Detection {
  isInterview: boolean;
  /** 0–1. */
  confidence: number;
  format: InterviewFormat;
  reasons: string[];
}

/** What the rules read: gathered once per page. */
interface Signals {
  /** Title, og:title, descriptions, first h1 and the page's own web address, joined. */
  heading: string;
  /** The first JSON-LD blocks, truncated. */
  data: string;
  blocks: Block[];
}

interface Block {
  text: string;
  /** A question set apart: a heading or a bold opening that asks, or a question marker ("Q:", "Frage 2:"). */
  asks: boolean;
  /** For a question whose answer shares its paragraph (after a line break): that answer. */
  answer?: string;
}

/** A rule: when it holds on a page, its weight counts and its reason is shown to the reader. */
interface Rule {
  name: string;
  weight: number;
  /** The reason, in words for the reader, or null when the rule does not hold. */
  test: (signals: Signals, facts: Facts) => string | null;
}

const SAMPLE_BLOCKS = 60;
const SAMPLED_TAGS = new Set(['P', 'LI', 'DD', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MAX_JSON_LD = 3;
const THRESHOLD = 5;

const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?|^[\p{L} .'-]+\s[[(]\d{1,2}:\d{2}/u;
const NAME_WORD = String.raw`[\p{Lu}][\p{L}’'-]+`;
// “…,” Antiga explained · “…,” he said · “…,” said Jane Roe · „…“, sagt Petersen · according to Roe
const SPEECH = new RegExp(String.raw`[”"»«“]\s*,?\s*(?:(?:he|she|they|er|sie|il|elle)|(${NAME_WORD}(?:\s${NAME_WORD})?))\s+(?:${SPEECH_VERBS})\b|[”"»«“]\s*,?\s*(?:${SPEECH_VERBS})\s+(?:(${NAME_WORD})|der |die |the |le |la )|[”"»«“]\s*,?\s*(?:a-t-(?:il|elle)\s+)?[\p{Ll}]+(?:-t)?-(?:il|elle)\b|\b(?:according to|laut|selon)\s+(${NAME_WORD})`, 'u');
const ROLE_INTRO = /[\p{Lu}][\p{L}’'-]+\s[\p{Lu}][\p{L}’'-]+,\s(?:the\s|a\s|an\s|der\s|die\s)?[^,.]{0,60}?\b(?:CEO|CTO|founder|co-founder|head|director|engineer|maintainer|creator|professor|partner|VP|president|chief|lead|Geschäftsführer|Gründer|cofondat|directeur|directrice)|\bjoined\s[^.]{0,80}\bas\s(?:the\s|its\s)?(?:CEO|CTO|VP|head|director|chief)/u;
const PRESS_RELEASE = /\b(media contacts?|press contacts?|for immediate release|forward-looking statements|about [\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?\s*$|announced today|prnewswire|business wire|globe newswire)\b/iu;
const ASKS = /\?[\s”"»«“]*$/;

/** What the sample shows, computed once for all rules. */
interface Facts {
  turns: number;
  labels: Array<[string, number]>;
  namedLabels: number;
  timestamps: number;
  /** Questions set apart that get an answer. */
  questions: number;
  /** …of them put to someone ("you", "Sie", "Du"). */
  addressed: number;
  /** …of them answered in the first person. */
  firstPersonAnswers: number;
  speech: number;
  speakers: Map<string, number>;
  met: string | undefined;
  introducedWithRole: boolean;
  pressRelease: boolean;
}

/** How the reasons of rules that weigh against an interview end, so a summary can tell them from the others. */
const AGAINST = ', not an interview';
/** A reason that weighs against an interview, without its ending ("it reads like a press release"); null for the others. */
export const doubtIn = (reason: string): string | null => (reason.endsWith(AGAINST) ? reason.slice(0, -AGAINST.length) : null);

/** The table: strongest evidence first. Weights add up; a page is an interview at THRESHOLD or more. */
const RULES: readonly Rule[] = [
  { name: 'not-an-interview-title', weight: -4, test: ({ heading }) => quoted(heading.match(NOT_INTERVIEW_WORDING)?.[0], (w) => `the title speaks of “${w}”${AGAINST}`) },
  { name: 'title-says-interview', weight: 4, test: ({ heading }) => (NOT_INTERVIEW_WORDING.test(heading) ? null : quoted(heading.match(INTERVIEW_WORDING)?.[0], (w) => `the title or description says “${w}”`)) },
  {
    name: 'title-says-conversation',
    weight: 3,
    test: ({ heading }) => (NOT_INTERVIEW_WORDING.test(heading) || INTERVIEW_WORDING.test(heading) ? null : quoted(heading.match(CONVERSATION_WORDING)?.[0], (w) => `the title or description says “${w}”`)),
  },
  {
    name: 'structured-data-says-interview',
    weight: 2,
    test: ({ data }) => quoted(data.match(/"(?:keywords|articleSection|genre|@type)"\s*:\s*(?:"[^"]*\b(interview|podcast|q&a)\b[^"]*"|\[[^\]]*\b(interview|podcast|q&a)\b[^\]]*\])/i)?.slice(1).find(Boolean), (w) => `its structured data is tagged “${w}”`),
  },
  {
    name: 'turns-labelled-by-name',
    weight: 5,
    test: (_, facts) => (facts.turns >= 4 && facts.namedLabels >= 1 ? `${facts.turns} turns labelled ${facts.labels.slice(0, 4).map(([label]) => `“${label}:”`).join(', ')}${facts.timestamps >= 3 ? ', with timestamps' : ''}` : null),
  },
  {
    name: 'questions-answered-in-first-person',
    weight: 5,
    test: (_, facts) =>
      facts.questions >= 3 && facts.addressed * 2 >= facts.questions && facts.firstPersonAnswers * 2 >= facts.questions
        ? `${facts.questions} questions put to someone, answered in the first person`
        : null,
  },
  { name: 'many-quotes-with-speech-verbs', weight: 2, test: (_, facts) => (facts.speech >= 4 ? `${facts.speech} paragraphs quote someone with a speech verb (said, explained, noted…)` : null) },
  { name: 'some-quotes-with-speech-verbs', weight: 1, test: (_, facts) => (facts.speech >= 2 && facts.speech < 4 ? `${facts.speech} paragraphs quote someone with a speech verb` : null) },
  { name: 'quotes-from-one-or-two-people', weight: 1, test: (_, facts) => (fewSpeakers(facts) ? 'the quotes come from one or two people' : null) },
  { name: 'writer-met-someone', weight: 2, test: (_, facts) => quoted(facts.met, (w) => `the writer says “${w}”`) },
  {
    name: 'someone-introduced-with-role',
    weight: 1,
    // "Jane Roe, the CTO of Acme" in the text, or an AMA's "I'm Jane Roe, creator of…" in the title.
    test: ({ heading }, facts) => (facts.introducedWithRole || /\bI['’]m\s[\p{Lu}][\p{L}’'-]+\s[\p{Lu}]/u.test(heading) ? 'someone is introduced with their role' : null),
  },
  { name: 'press-release', weight: -4, test: (_, facts) => (facts.pressRelease ? `it reads like a press release${AGAINST}` : null) },
];

function quoted(word: string | undefined, say: (word: string) => string): string | null {
  return word ? say(word.trim()) : null;
}

/** Quotes attributed by name mostly to one or two people (a news story quotes many). */
function fewSpeakers(facts: Facts): boolean {
  const counts = [...facts.speakers.values()].sort((a, b) => b - a);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return facts.speech >= 3 && total >= 2 && (counts[0]! + (counts[1] ?? 0)) >= total * 0.8 && counts.length <= 3;
}

const meta = (doc: Document, selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content ?? '';

/** The page's own web address as words: never a local file's path, which says nothing about the page. */
const addressWords = (doc: Document) => (/^https?:$/.test(doc.location?.protocol ?? '') ? doc.location.pathname.replace(/[-_/.]+/g, ' ') : '');

function structuredData(doc: Document): string {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')]
    .slice(0, MAX_JSON_LD)
    .map((script) => (script.textContent ?? '').slice(0, 20_000))
    .join(' ');
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Blocks from the likeliest article container, at most SAMPLE_BLOCKS, with questions marked. */
function sample(doc: Document): Block[] {
  const root = doc.querySelector('[itemprop="articleBody"], .entry-content, .post-content, article, main') ?? doc.body;
  if (!root) return [];
  // A live collection, read only as far as the sample goes (a static list would hold every block of a huge page).
  const elements = root.getElementsByTagName('*');
  const blocks: Block[] = [];
  for (let k = 0, element = elements[0]; element && blocks.length < SAMPLE_BLOCKS; element = elements[++k]) {
    if (!SAMPLED_TAGS.has(element.tagName.toUpperCase())) continue;
    if (element.closest('nav, aside, footer, form, pre, [class*="comment"], [class*="related"]')) continue;
    const text = squash(element.textContent).slice(0, 2000);
    if (!text) continue;
    const heading = element.tagName.length === 2 && element.tagName[0] === 'H';
    // A bold opening that asks: the whole block, or its first part with the answer after a break.
    const lead = heading ? null : element.firstElementChild;
    const bold = lead && /^(B|STRONG)$/.test(lead.tagName) && text.startsWith(squash(lead.textContent)) ? squash(lead.textContent) : '';
    // A question of four words or more: "Insecurities?" heads an essay's section, it asks nobody.
    const asked = heading ? text : bold;
    const asks = QUESTION_MARKER.test(text) || (ASKS.test(asked) && asked.split(' ').length >= 4 && !TURN_LABEL.test(text));
    const answer = asks && bold && bold.length < text.length - 20 ? text.slice(bold.length) : undefined;
    blocks.push({ text, asks, ...(answer ? { answer } : {}) });
  }
  return blocks;
}

function factsOf(blocks: readonly Block[]): Facts {
  const labels = new Map<string, number>();
  const speakers = new Map<string, number>();
  const facts: Facts = { turns: 0, labels: [], namedLabels: 0, timestamps: 0, questions: 0, addressed: 0, firstPersonAnswers: 0, speech: 0, speakers, met: undefined, introducedWithRole: false, pressRelease: false };
  blocks.forEach((block, k) => {
    const { text } = block;
    const label = text.match(TURN_LABEL)?.[1];
    // A speaker's label is a name ("Kühnert:", "DIE ZEIT:") or a handle ("sre_dan:"), not a lower-case word ("limitations:").
    if (label && !STOP_LABELS.test(label) && /^\p{Lu}|[\d_]/u.test(label)) {
      // Counted by surname too: "Kevin Kühnert:" once, then "Kühnert:" (names only: "New APIs:" and "Other APIs:" are two labels).
      const last = label.split(' ').at(-1)!;
      const key = /^(?:\p{Lu}\p{Ll}+|\p{Lu}+)$/u.test(last) ? last : label;
      labels.set(key, (labels.get(key) ?? 0) + 1);
    }
    if (TIMESTAMP.test(text)) facts.timestamps++;
    if (block.asks) {
      const answer = block.answer ?? (blocks[k + 1] && !blocks[k + 1]!.asks ? blocks[k + 1]!.text : undefined);
      if (answer !== undefined) {
        facts.questions++;
        if (SECOND_PERSON.test(block.answer ? text.slice(0, text.length - block.answer.length) : text)) facts.addressed++;
        if (FIRST_PERSON.test(answer)) facts.firstPersonAnswers++;
      }
    }
    const speech = text.match(SPEECH);
    if (speech) {
      facts.speech++;
      const name = speech[1] ?? speech[2] ?? speech[3];
      if (name) speakers.set(name.split(' ').at(-1)!, (speakers.get(name.split(' ').at(-1)!) ?? 0) + 1);
    }
    facts.met ??= text.match(MEETING)?.[0];
    facts.introducedWithRole ||= ROLE_INTRO.test(text);
    facts.pressRelease ||= PRESS_RELEASE.test(text);
  });
  const repeated = [...labels].filter(([, count]) => count >= 2);
  facts.labels = repeated;
  // Turns alternate: two labels at least, or one label answering marked questions ("Frage 2:").
  const marked = blocks.filter((block) => QUESTION_MARKER.test(block.text)).length;
  const labelled = repeated.reduce((sum, [, count]) => sum + count, 0);
  facts.turns = repeated.length >= 2 || (repeated.length === 1 && marked >= 2) ? labelled + marked : 0;
  facts.namedLabels = repeated.filter(([label]) => !/^(Q|A|Q\.|A\.)$/.test(label)).length;
  return facts;
}

function gatherSignals(doc: Document): Signals {
  const heading = [doc.title, meta(doc, 'meta[property="og:title"]'), meta(doc, 'meta[name="description"]'), meta(doc, 'meta[property="og:description"]'), doc.querySelector('h1')?.textContent ?? '', addressWords(doc)].join(' · ');
  return { heading, data: structuredData(doc), blocks: sample(doc) };
}

export function detectInterview(doc: Document): Detection {
  const signals = gatherSignals(doc);
  const facts = factsOf(signals.blocks);
  const reasons: string[] = [];
  let score = 0;
  for (const rule of RULES) {
    const reason = rule.test(signals, facts);
    if (reason === null) continue;
    score += rule.weight;
    reasons.push(reason);
  }
  if (!reasons.length) reasons.push('no sign of a conversation: no labelled turns, no questions and answers, no quotes with speech verbs, nothing in the title');
  const isInterview = score >= THRESHOLD;
  let format: InterviewFormat = 'none';
  if (isInterview) {
    if (facts.turns >= 4 && facts.timestamps >= 3) format = 'transcript';
    else if (facts.turns >= 4 && facts.namedLabels >= 3) format = 'panel';
    else if (facts.turns >= 4 || facts.questions >= 3) format = 'qa';
    else format = 'narrative';
  }
  return { isInterview, confidence: Math.max(0, Math.min(1, score / 10)), format, reasons };
}

/** The reason a page is read as it is when the reader said so. */
export const MARKED_INTERVIEW = 'you marked it as an interview';
export const MARKED_NOT_INTERVIEW = 'you marked it as not an interview';

/**
 * The detector's reading with the reader's verdict on top, where they gave one: it decides, and
 * it is the reason given. A page the detector passed over is read as a narrative piece.
 */
export function withVerdict(detection: Detection, verdict: boolean | null): Detection {
  if (verdict === null || verdict === detection.isInterview) return detection;
  const format: InterviewFormat = verdict ? (detection.format === 'none' ? 'narrative' : detection.format) : 'none';
  return { ...detection, isInterview: verdict, format, reasons: [verdict ? MARKED_INTERVIEW : MARKED_NOT_INTERVIEW] };
}
