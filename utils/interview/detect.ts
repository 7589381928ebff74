/**
 * The interview detector: a table of named, weighted rules over the signals the always-on script
 * gathers (utils/interview/signals.ts). It runs in the background on every page's signals, and in
 * the popup and the lens. Each rule also states a cheap sign without which it cannot hold, so most
 * pages are passed over before any costly pattern compiles. Any page can feed it, so no pattern
 * may backtrack without bound.
 */

import { lazyPattern } from './lazy-pattern';
import { RADIO_ROLES, STOP_LABELS, TURN_LABEL } from './labels';
import {
  FIRST_PERSON,
  FIRST_PERSON_SINGULAR,
  SECOND_PERSON,
  MEETING,
  MEETING_HINT,
  NOT_INTERVIEW_WORDING,
  SPEECH_VERBS,
  INTERVIEW_WORDING,
  CONVERSATION_WORDING,
} from './lexicon';
import type { Signals } from './signals';

export type InterviewFormat = 'narrative' | 'qa' | 'transcript' | 'panel' | 'none';

export interface Detection {
  isInterview: boolean;
  /** 0–1. */
  confidence: number;
  format: InterviewFormat;
  reasons: string[];
}

/** A rule: when it holds on a page, its weight counts and its reason is shown to the reader. */
interface Rule {
  name: string;
  weight: number;
  /** The reason, in words for the reader, or null when the rule does not hold. */
  test: (signals: Signals, facts: Facts) => string | null;
  /** False where the rule cannot hold, from cheap signs alone (a rule for an interview without it always might). */
  could?: (signals: Signals, hints: Hints) => boolean;
}

const THRESHOLD = 5;

const TIMESTAMP = lazyPattern(String.raw`^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?|^[\p{L} .'-]+\s[[(]\d{1,2}:\d{2}`, 'u');
const NAME_WORD = String.raw`[\p{Lu}][\p{L}’'-]+`;
// “…,” Antiga explained · “…,” he said · “…,” said Jane Roe · „…“, sagt Petersen · according to Roe
const SPEECH = lazyPattern(
  String.raw`[”"»«“]\s*,?\s*(?:(?:he|she|they|er|sie|il|elle)|(${NAME_WORD}(?:\s${NAME_WORD})?))\s+(?:${SPEECH_VERBS})\b|[”"»«“]\s*,?\s*(?:${SPEECH_VERBS})\s+(?:(${NAME_WORD})|der |die |the |le |la )|[”"»«“]\s*,?\s*(?:a-t-(?:il|elle)\s+)?[\p{Ll}]+(?:-t)?-(?:il|elle)\b|\b(?:according to|laut|selon)\s+(${NAME_WORD})`,
  'u',
);
/** Found wherever SPEECH is: a quotation mark, or "according to". */
const SPEECH_HINT = /[”"»«“]|\b(?:according to|laut|selon)\s/;
const ROLE_TITLES =
  'CEO|CTO|founder|co-founder|head|director|engineer|maintainer|creator|professor|partner|VP|president|chief|lead|Geschäftsführer|Gründer|cofondat|directeur|directrice';
const ROLE_INTRO = lazyPattern(
  String.raw`[\p{Lu}][\p{L}’'-]+\s[\p{Lu}][\p{L}’'-]+,\s(?:the\s|a\s|an\s|der\s|die\s)?[^,.]{0,60}?\b(?:${ROLE_TITLES})|\bjoined\s[^.]{0,80}\bas\s(?:the\s|its\s)?(?:CEO|CTO|VP|head|director|chief)`,
  'u',
);
/** Found wherever ROLE_INTRO is: one of its titles (those after "joined … as" are among them). */
const ROLE_HINT = new RegExp(ROLE_TITLES);
const PRESS_RELEASE = lazyPattern(
  String.raw`\b(media contacts?|press contacts?|for immediate release|forward-looking statements|announced today|prnewswire|business wire|globe newswire)\b`,
  'iu',
);
/**
 * A press release's closing heading "About Acme Corp", a block of its own (capitals as written:
 * "Discussion about this post" is no company, and "A conversation about Kubernetes" no closing).
 */
const ABOUT_COMPANY = lazyPattern(String.raw`^(?:About|ABOUT) \p{Lu}[\p{L}.&-]+(?:\s\p{Lu}[\p{L}.&-]+){0,2}$`, 'u');
const SELF_INTRODUCTION = lazyPattern(String.raw`\bI['’]m\s[\p{Lu}][\p{L}’'-]+\s[\p{Lu}]`, 'u');
/** A structured-data field that can tag the page, up to its value's opening quote or bracket. */
const TAG_FIELD = /"(?:keywords|articleSection|genre|@type)"\s*:\s*(["[])/gi;
const TAG_WORD = /\b(interview|podcast|q&a)\b/i;

/**
 * The word a structured-data field tags the page with ("genre": "Interview", "keywords": [… "podcast"
 * …]), if one does. One pass over the data, however it is written: a single pattern spanning field
 * and value backtracked for seconds on data with an unclosed list, and this runs in the background.
 */
function taggedAs(data: string): string | undefined {
  TAG_FIELD.lastIndex = 0;
  for (let field = TAG_FIELD.exec(data); field; field = TAG_FIELD.exec(data)) {
    const close = data.indexOf(field[1] === '"' ? '"' : ']', TAG_FIELD.lastIndex);
    if (close < 0) return undefined; // nothing closes this value, nor any after it
    const word = data.slice(TAG_FIELD.lastIndex, close).match(TAG_WORD)?.[1];
    if (word) return word;
    TAG_FIELD.lastIndex = close + 1;
  }
  return undefined;
}

/** Cheap signs, counted over the sample without a costly pattern: each rule for an interview needs its own. */
interface Hints {
  /** Blocks that may open with a speaker's label. */
  labelled: number;
  /** Blocks that open with a question marker. */
  marked: number;
  /** Blocks that may be a question set apart. */
  asking: number;
  /** Blocks with a quotation mark or "according to". */
  quoting: number;
  meeting: boolean;
  roleTitle: boolean;
}

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
  /** …of them marked ("Q.") and answered by someone speaking of themselves, not asked by someone doing so (an FAQ's reader). */
  personalAnswers: number;
  speech: number;
  speakers: Map<string, number>;
  met: string | undefined;
  introducedWithRole: boolean;
  pressRelease: boolean;
}

/** How the reasons of rules that weigh against an interview end, so a summary can tell them from the others. */
const AGAINST = ', not an interview';
/** A reason that weighs against an interview, without its ending ("it reads like a press release"); null for the others. */
export const doubtIn = (reason: string): string | null =>
  reason.endsWith(AGAINST) ? reason.slice(0, -AGAINST.length) : null;

/** The table: strongest evidence first. Weights add up; a page is an interview at THRESHOLD or more. */
const RULES: readonly Rule[] = [
  {
    name: 'not-an-interview-title',
    weight: -4,
    test: ({ heading }) =>
      quoted(heading.match(NOT_INTERVIEW_WORDING)?.[0], (w) => `the title speaks of “${w}”${AGAINST}`),
  },
  {
    name: 'title-says-interview',
    weight: 4,
    could: ({ heading }) => INTERVIEW_WORDING.test(heading),
    test: ({ heading }) =>
      NOT_INTERVIEW_WORDING.test(heading)
        ? null
        : quoted(heading.match(INTERVIEW_WORDING)?.[0], (w) => `the title or description says “${w}”`),
  },
  {
    name: 'title-says-conversation',
    weight: 3,
    could: ({ heading }) => CONVERSATION_WORDING.test(heading),
    test: ({ heading }) =>
      NOT_INTERVIEW_WORDING.test(heading) || INTERVIEW_WORDING.test(heading)
        ? null
        : quoted(heading.match(CONVERSATION_WORDING)?.[0], (w) => `the title or description says “${w}”`),
  },
  {
    name: 'structured-data-says-interview',
    weight: 2,
    could: ({ data }) => taggedAs(data) !== undefined,
    test: ({ data }) => quoted(taggedAs(data), (w) => `its structured data is tagged “${w}”`),
  },
  {
    name: 'turns-labelled-by-name',
    weight: 5,
    // Four turns: two labels twice each, or one label twice answering two marked questions.
    could: (_, hints) => hints.labelled >= 4 || (hints.labelled >= 2 && hints.marked >= 2),
    test: (_, facts) =>
      facts.turns >= 4 && facts.namedLabels >= 1
        ? `${facts.turns} turns labelled ${facts.labels
            .slice(0, 4)
            .map(([label]) => `“${label}:”`)
            .join(', ')}${facts.timestamps >= 3 ? ', with timestamps' : ''}`
        : null,
  },
  {
    name: 'questions-answered-in-first-person',
    weight: 5,
    could: (_, hints) => hints.asking >= 3,
    test: (_, facts) =>
      facts.questions >= 3 &&
      facts.firstPersonAnswers * 2 >= facts.questions &&
      // Put to the guest ("you"), or plainly answered by one: questions about a topic address nobody.
      (facts.addressed * 2 >= facts.questions || facts.personalAnswers * 2 >= facts.questions)
        ? `${facts.questions} questions put to someone, answered in the first person`
        : null,
  },
  {
    name: 'many-quotes-with-speech-verbs',
    weight: 2,
    could: (_, hints) => hints.quoting >= 4,
    test: (_, facts) =>
      facts.speech >= 4
        ? `${facts.speech} paragraphs quote someone with a speech verb (said, explained, noted…)`
        : null,
  },
  {
    name: 'some-quotes-with-speech-verbs',
    weight: 1,
    could: (_, hints) => hints.quoting >= 2,
    test: (_, facts) =>
      facts.speech >= 2 && facts.speech < 4 ? `${facts.speech} paragraphs quote someone with a speech verb` : null,
  },
  {
    name: 'quotes-from-one-or-two-people',
    weight: 1,
    could: (_, hints) => hints.quoting >= 3,
    test: (_, facts) => (fewSpeakers(facts) ? 'the quotes come from one or two people' : null),
  },
  {
    name: 'writer-met-someone',
    weight: 2,
    could: (_, hints) => hints.meeting,
    test: (_, facts) => quoted(facts.met, (w) => `the writer says “${w}”`),
  },
  {
    name: 'someone-introduced-with-role',
    weight: 1,
    could: ({ heading }, hints) => hints.roleTitle || /I['’]m\s/.test(heading),
    // "Jane Roe, the CTO of Acme" in the text, or an AMA's "I'm Jane Roe, creator of…" in the title.
    test: ({ heading }, facts) =>
      facts.introducedWithRole || SELF_INTRODUCTION().test(heading) ? 'someone is introduced with their role' : null,
  },
  {
    name: 'press-release',
    weight: -4,
    test: (_, facts) => (facts.pressRelease ? `it reads like a press release${AGAINST}` : null),
  },
];

function quoted(word: string | undefined, say: (word: string) => string): string | null {
  return word ? say(word.trim()) : null;
}

/** Quotes attributed by name mostly to one or two people (a news story quotes many). */
function fewSpeakers(facts: Facts): boolean {
  const counts = [...facts.speakers.values()].sort((a, b) => b - a);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return facts.speech >= 3 && total >= 2 && counts[0]! + (counts[1] ?? 0) >= total * 0.8 && counts.length <= 3;
}

function factsOf(blocks: Signals['blocks']): Facts {
  const labels = new Map<string, number>();
  const speakers = new Map<string, number>();
  const facts: Facts = {
    turns: 0,
    labels: [],
    namedLabels: 0,
    timestamps: 0,
    questions: 0,
    addressed: 0,
    firstPersonAnswers: 0,
    personalAnswers: 0,
    speech: 0,
    speakers,
    met: undefined,
    introducedWithRole: false,
    pressRelease: false,
  };
  // A question that opens with a speaker's label is that speaker's turn.
  const asks = blocks.map(({ text, marked, asking }) => marked || (asking && !TURN_LABEL.test(text)));
  blocks.forEach((block, k) => {
    const { text } = block;
    const label = text.match(TURN_LABEL)?.[1];
    // A speaker's label is a name ("Petersen:", "DIE WOCHE:") or a handle ("sre_dan:"), not a lower-case word ("limitations:").
    if (label && !STOP_LABELS.test(label) && /^\p{Lu}|[\d_]/u.test(label)) {
      // Counted by surname too: "Jana Petersen:" once, then "Petersen:" (names only: "New APIs:" and "Other APIs:" are two labels).
      const last = label.split(' ').at(-1)!;
      const key = /^(?:\p{Lu}\p{Ll}+|\p{Lu}+)$/u.test(last) ? last : label;
      labels.set(key, (labels.get(key) ?? 0) + 1);
    }
    if (TIMESTAMP().test(text)) facts.timestamps++;
    if (asks[k]) {
      const answer = block.answer ?? (blocks[k + 1] && !asks[k + 1] ? blocks[k + 1]!.text : undefined);
      if (answer !== undefined) {
        facts.questions++;
        const question = block.answer ? text.slice(0, text.length - block.answer.length) : text;
        if (SECOND_PERSON.test(question)) facts.addressed++;
        if (FIRST_PERSON.test(answer)) facts.firstPersonAnswers++;
        // Only for questions marked as such ("Q."): an essay's headings ask too, and its author answers in the first person.
        if (block.marked && FIRST_PERSON_SINGULAR.test(answer) && !FIRST_PERSON_SINGULAR.test(question))
          facts.personalAnswers++;
      }
    }
    const speech = text.match(SPEECH());
    if (speech) {
      facts.speech++;
      const name = speech[1] ?? speech[2] ?? speech[3];
      if (name) speakers.set(name.split(' ').at(-1)!, (speakers.get(name.split(' ').at(-1)!) ?? 0) + 1);
    }
    facts.met ??= text.match(MEETING())?.[0].replace(/^\?[”"»]\s*/, ''); // "“…?” I asked" says "I asked"
    facts.introducedWithRole ||= ROLE_INTRO().test(text);
    facts.pressRelease ||= PRESS_RELEASE().test(text) || ABOUT_COMPANY().test(text);
  });
  const repeated = [...labels].filter(([, count]) => count >= 2);
  facts.labels = repeated;
  // Turns alternate: two labels at least, or one label answering marked questions ("Frage 2:").
  const marked = blocks.filter((block) => block.marked).length;
  const labelled = repeated.reduce((sum, [, count]) => sum + count, 0);
  facts.turns = repeated.length >= 2 || (repeated.length === 1 && marked >= 2) ? labelled + marked : 0;
  facts.namedLabels = repeated.filter(([label]) => !/^(Q|A|Q\.|A\.)$/.test(label)).length;
  return facts;
}

const RADIO_ROLE_AT_END = new RegExp(`,\\s(?:${RADIO_ROLES})$`);

/** Sentence punctuation that no speaker's label holds (the label's own characters are letters, digits, spaces and ’'.&-_). */
const NOT_IN_LABEL = /[!"#$%*+,/;<=>?@\\^`{|}~“”„«»…–—]/;

/**
 * Whether the block may open with a speaker's label (TURN_LABEL, not a stop word nor a lower-case
 * word), told without its Unicode classes: the label ends at the first ": " (timestamps' colons
 * are followed by digits), unless a parenthesis ("Jane Roe (host: …):") makes it unsure.
 */
function mayBeLabelled(text: string): boolean {
  const colon = text.search(/:\s/);
  if (colon < 1) return false;
  const before = text.slice(0, colon).trimEnd();
  if (before.includes('(') || RADIO_ROLE_AT_END.test(before)) return true; // "Rachel Kim (moderator):", "ARI LANE, HOST:"
  // A timestamp and up to four words, a second timestamp at most.
  if (NOT_IN_LABEL.test(before) || before.split(' ').length > 6) return false;
  // Without digits or brackets the whole of it is the label.
  if (/[\d[\]]/.test(before)) return true;
  return !STOP_LABELS.test(before) && !(/^[a-z]/.test(before) && !before.includes('_'));
}

function hintsOf({ blocks }: Signals): Hints {
  const hints: Hints = { labelled: 0, marked: 0, asking: 0, quoting: 0, meeting: false, roleTitle: false };
  for (const { text, marked, asking } of blocks) {
    if (mayBeLabelled(text)) hints.labelled++;
    if (marked) hints.marked++;
    if (marked || asking) hints.asking++;
    if (SPEECH_HINT.test(text)) hints.quoting++;
    hints.meeting ||= MEETING_HINT().test(text);
    hints.roleTitle ||= ROLE_HINT.test(text);
  }
  return hints;
}

/**
 * Whether the page could be an interview at all, from cheap signs only: the weights of the rules
 * that could hold fall short of the threshold on most pages, and then `detectInterview` says no.
 */
export function mightBeInterview(signals: Signals): boolean {
  const hints = hintsOf(signals);
  const reachable = RULES.reduce(
    (sum, rule) => sum + (rule.weight > 0 && (rule.could?.(signals, hints) ?? true) ? rule.weight : 0),
    0,
  );
  return reachable >= THRESHOLD;
}

/** The background's decision on a page's signals: the cheap look first, the full reading only where it could hold. */
export const readsAsInterview = (signals: Signals): boolean =>
  mightBeInterview(signals) && detectInterview(signals).isInterview;

/** Whether the page is an interview, and why: from its signals alone, so the background can decide off the page's thread. */
export function detectInterview(signals: Signals): Detection {
  const facts = factsOf(signals.blocks);
  const reasons: string[] = [];
  let score = 0;
  for (const rule of RULES) {
    const reason = rule.test(signals, facts);
    if (reason === null) continue;
    score += rule.weight;
    reasons.push(reason);
  }
  if (!reasons.length)
    reasons.push(
      'no sign of a conversation: no labelled turns, no questions and answers, no quotes with speech verbs, nothing in the title',
    );
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
