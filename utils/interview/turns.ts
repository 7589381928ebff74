import type { Steps } from '../pace/steps';
import type { Interviewer } from './byline';
import { ANSWER_MARKER, QUESTION_MARKER, STOP_LABELS, TURN_LABEL } from './labels';
import { SECOND_PERSON } from './lexicon';
import type { Paragraph } from './paragraphs';
import type { People, Person } from './people';
import { isHeading, isMostlyLinks, isWhollyBold, isWhollyItalic } from './block-shape';

/** One turn of a Q&A, transcript or panel: who speaks (as labelled) and what they say. */
export interface Turn {
  label: string;
  speaker: Person | null;
  /** True for the interviewer's (or moderator's) turns. */
  asks: boolean;
  text: string;
  start: number;
  end: number;
  first: number;
  last: number;
}

/** How a paragraph opens, before anything is decided about the page. */
type Opening =
  | { kind: 'label'; label: string; role?: string; skip: number }
  | { kind: 'question'; skip: number; statement?: boolean }
  | { kind: 'answer'; skip: number }
  | { kind: 'plain' };

const ASKS = /\?[\s”"»«“]*$/;
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|me|my|we|our|us|ich|mir|mich|mein\w*|wir|uns|unser\w*)\b/i;
/** Who conducted the interview: "Interview by …", "Das Gespräch führte …", "Die Fragen stellte …". */
const CREDIT =
  /^(?:(?:the )?interview(?:ed)? by|conducted by|(?:das )?(?:interview|gespräch) führte|die fragen stellte)\b/i;

/** Three words or more that end like a sentence (a crosshead does not). Not linear: short texts only. */
const SENTENCE = /\S\s+\S+\s+\S.*[.!…][”"»«“]?$/u;

/** A prompt that asks without a question mark: "Walk me through the first prototype." */
const PROMPT = /^(?:(?:Walk|Talk|Take) (?:me|us) (?:through|back)|Tell (?:me|us)|Describe|Explain)\b/;
/** A short question before a remark: "And humanoids? Half the industry is building one." */
const ASKS_FIRST = /^[^.!?]{2,80}\?\s/;

/**
 * An unlabelled question set apart: a heading, or a block wholly in bold or italics, that asks.
 * Bold and italics may also ask first and remark after, or prompt without a question mark.
 */
const isSetApartQuestion = (paragraph: Paragraph) => {
  const { text } = paragraph;
  if (ASKS.test(text) && isHeading(paragraph.element)) return true;
  const asks = ASKS.test(text) || ASKS_FIRST.test(text) || PROMPT.test(text);
  return asks && (isWhollyBold(paragraph) || isWhollyItalic(paragraph));
};

/**
 * A statement wholly in bold: a prompt, as interviewers also put them ("That sounds exhausting.").
 * A short one must end like a sentence (a crosshead, "The road to 1.0", does not), not speak in the
 * first person (a guest's line set in bold) and not credit the interview ("Interview by …").
 */
const isBoldStatement = (paragraph: Paragraph) =>
  (paragraph.text.length > 60 ||
    (SENTENCE.test(paragraph.text) && !FIRST_PERSON.test(paragraph.text) && !CREDIT.test(paragraph.text))) &&
  !ASKS.test(paragraph.text) &&
  !/:\s*$/.test(paragraph.text) &&
  !isHeading(paragraph.element) &&
  isWhollyBold(paragraph);

/**
 * A heading that asks without a question mark: a sentence put to the guest ("Tell us what it means
 * in practice."). Subheads are no sentences and speak to no one; a quoted heading is a pull quote.
 */
const isHeadingPrompt = (paragraph: Paragraph) =>
  paragraph.text.length <= 300 && // a heading, not a page's worth of text (the sentence test below is not linear)
  isHeading(paragraph.element) &&
  !/^[“"„«»]/.test(paragraph.text) && // a pull quote set as a heading
  SENTENCE.test(paragraph.text) &&
  (SECOND_PERSON.test(paragraph.text) || /(?:^|[^\p{L}])(?:us|uns)(?![\p{L}])/u.test(paragraph.text));

/** A subhead between turns ("The hiring problem"): a heading, or a short bold line that is no sentence. */
const isCrosshead = (paragraph: Paragraph) =>
  paragraph.text.length <= 80 &&
  !/[.!?:…][”"»«“]?$/u.test(paragraph.text) &&
  (isHeading(paragraph.element) || isWhollyBold(paragraph));

/** How a paragraph opens, by its words first; its markup is read only when the words allow a turn. */
function openingOf(paragraph: Paragraph): Opening {
  const opening = openingByWords(paragraph);
  return opening.kind !== 'plain' && isMostlyLinks(paragraph) ? { kind: 'plain' } : opening;
}

function openingByWords(paragraph: Paragraph): Opening {
  const { text } = paragraph;
  const marker = text.match(QUESTION_MARKER);
  if (marker) return { kind: 'question', skip: marker[0].length };
  // Headings quoting a speaker ("Petersen: …") are subheads pulled from the text, never turns.
  if (!isHeading(paragraph.element)) {
    const answer = text.match(ANSWER_MARKER);
    if (answer) return { kind: 'answer', skip: answer[0].length };
    const match = text.match(TURN_LABEL);
    const label = match?.[1];
    if (label && !STOP_LABELS.test(label))
      return { kind: 'label', label, role: (match[2] ?? match[3]?.toLowerCase())?.trim(), skip: match[0].length };
  }
  return isSetApartQuestion(paragraph) ? { kind: 'question', skip: 0 } : { kind: 'plain' };
}

/**
 * Set-apart questions that are not turns: three or more in a row (a summary box of the episode's
 * questions), and bold statements before the first real question (a standfirst).
 */
function dropFalseQuestions(openings: Opening[], paragraphs: readonly Paragraph[]): void {
  let asked = false;
  // Unless the answer follows in the same paragraph, after a line break: a question's shape beyond doubt.
  const answeredWithin = (p: number) => paragraphs[p + 1]?.element.parentElement === paragraphs[p]!.element;
  openings.forEach((opening, p) => {
    if (opening.kind === 'question' && opening.skip === 0 && opening.statement && !asked && !answeredWithin(p))
      openings[p] = { kind: 'plain' };
    else if (opening.kind !== 'plain' && !(opening.kind === 'question' && opening.statement)) asked = true;
  });
  const isApart = (p: number) => openings[p]?.kind === 'question' && (openings[p] as { skip: number }).skip === 0;
  const run: number[] = [];
  for (let p = 0; p <= openings.length; p++) {
    if (isApart(p)) run.push(p);
    else {
      if (run.length >= 3) for (const q of run) openings[q] = { kind: 'plain' };
      run.length = 0;
    }
  }
}

const surname = (label: string) => label.split(' ').at(-1)!;

/** Labels that name a part, not a person: "Audience member:", "Caller:", "Host:". */
const ANONYMOUS_LABEL =
  /^(?:audience(?: member)?|audience question|caller|listener|questioner|participant|unidentified (?:person|man|woman|speaker)|zuschauer(?:in)?|publikum|hörer(?:in)?|frage aus dem publikum)$/i;
const HOST_LABEL = /^(?:host|moderator|moderatorin|interviewer|interviewerin|moderation)$/i;

/** "[Laughter]", "(Applause)": stage directions inside a transcript, said by nobody. */
const STAGE_DIRECTION = /^[[(][^\])]{1,40}[\])]$/;

/**
 * Paragraphs about the interview rather than in it ("Update, 14 February: …", "Disclosure: …",
 * "This interview is part of…", "Das Interview wurde schriftlich geführt"): they end the turn before them.
 */
const EDITORIAL =
  /^©|^(?:update|note|disclosure|disclaimer|correction|copyright|editor['’]s note|anm(?:erkung)?\.? d(?:er)?\.? red(?:aktion)?\.?|hinweis|transparenzhinweis)\b|\b(?:this|the|our) (?:interview|conversation|transcript|episode|podcast) (?:is|was|has been|will be)\b|\b(?:das|dieses) (?:interview|gespräch) (?:wurde|ist|erschien)\b|^recordings? of\b/i;
const asksQuestion = (text: string) => ASKS.test(text);
/**
 * How interviewers close, in a line of its own: "Vielen Dank für das Gespräch!", "Thank you for your
 * time." (not the guest's "…for having me", nor thanks that run on into more of an answer).
 */
const CLOSING_THANKS =
  /^(?:(?:(?:vielen|herzlichen|besten) )?(?:dank|danke)(?: schön| sehr)?,? für (?:das|dieses|unser) (?:interessante |spannende |offene )?(?:gespräch|interview)|(?:thank you|thanks)(?: (?:so|very) much)?,? for (?:(?:the|this|our) (?:interview|conversation|chat|talk)|your time))[^.!?]{0,40}[.!]?$/i;

export interface TurnContext {
  people: People;
  interviewer: Interviewer | null;
  /** The publication's names: a label made of one is the interviewer's ("DIE ZEIT:", "fluter.de:"). */
  publications: readonly string[];
  fullName: (word: string) => string | undefined;
  /** Every full name the page writes near the top. */
  fullNames: readonly string[];
  /** Whom the interview is with, when the page says (headline, introduction). */
  interviewee: () => Person | null;
}

/**
 * The article's turns, when it is built of them. Openers, most certain first: question markers
 * ("Q:", "Frage 3:", "::"), speaker labels ("Hightower:", "[00:03:12] Jane Doe:", "DIE ZEIT:"),
 * and questions set apart in bold or as headings. Paragraphs after an opener continue its turn;
 * after an unlabelled question they are the answer, by the interviewee. Returns [] for an article
 * that is not built of turns. In steps: it reads every paragraph's opening.
 */
export function* findTurns(paragraphs: readonly Paragraph[], context: TurnContext): Steps<Turn[]> {
  const { people, interviewer, publications, fullName } = context;
  const openings: Opening[] = [];
  for (const paragraph of paragraphs) {
    yield;
    openings.push(openingOf(paragraph));
  }
  // Too few openers for an interview: bold statements could not make it one, and need not be read.
  if (openings.filter((opening) => opening.kind !== 'plain').length < 3) return [];
  for (let p = 0; p < paragraphs.length; p++) {
    yield;
    const paragraph = paragraphs[p]!;
    if (
      openings[p]!.kind === 'plain' &&
      (isBoldStatement(paragraph) || isHeadingPrompt(paragraph)) &&
      !isMostlyLinks(paragraph)
    )
      openings[p] = { kind: 'question', skip: 0, statement: true };
  }
  dropFalseQuestions(openings, paragraphs);
  // Labels count by surname too: "Marcus Oyelaran:" once, then "Oyelaran:" after.
  const counts = new Map<string, number>();
  for (const opening of openings) {
    if (opening.kind === 'label')
      for (const key of new Set([opening.label, surname(opening.label)])) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const isPublication = (label: string) =>
    publications.some(
      (name) =>
        name.toLowerCase().startsWith(label.toLowerCase()) || label.toLowerCase().startsWith(name.toLowerCase()),
    );
  // A label used once counts when it is the publication, someone already known, or a full name the page writes.
  const known = (label: string) =>
    ANONYMOUS_LABEL.test(label) ||
    HOST_LABEL.test(label) ||
    (counts.get(surname(label)) ?? 0) >= 2 ||
    isPublication(label) ||
    people.find(label) !== undefined ||
    (label.includes(' ') && context.fullNames.includes(label) && people.canBePerson(label));
  // A lead-in that names nobody ("Technisch gefragt: Warum …?") opens a question set apart in bold.
  openings.forEach((opening, p) => {
    const paragraph = paragraphs[p]!;
    if (
      opening.kind === 'label' &&
      !known(opening.label) &&
      (isSetApartQuestion(paragraph) || isBoldStatement(paragraph))
    )
      openings[p] = { kind: 'question', skip: 0 };
  });
  const accepted = openings.map((opening) => opening.kind !== 'label' || known(opening.label));
  const openers = openings.filter((opening, p) => opening.kind !== 'plain' && accepted[p]).length;
  if (openers < 3) return [];

  // A label whose turns mostly ask, and a publication's label, is the interviewer's.
  const asking = new Map<string, number>();
  openings.forEach((opening, p) => {
    if (opening.kind === 'label')
      asking.set(opening.label, (asking.get(opening.label) ?? 0) + (asksQuestion(paragraphs[p]!.text) ? 1 : -1));
  });
  const interviewerLabel = (label: string) => isPublication(label) || (asking.get(label) ?? 0) > 0;
  let asker: Person | null = (interviewer && people.add(interviewer.name, interviewer.roles)) || null;

  const speakerOf = (written: string, role: string | undefined): Person | null => {
    // Radio transcripts write names in capitals ("PRIYA NANDAKUMAR:"): the person is Priya Nandakumar.
    // Initials ("SH:") stay as they are.
    const capitals = !/\p{Ll}/u.test(written) && /\p{Lu}{4}/u.test(written);
    const label = capitals ? written.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (c) => c.toUpperCase()) : written;
    const full = fullName(label);
    const person =
      people.find(label) ??
      (full ? people.find(full) : undefined) ??
      (people.canBePerson(label) ? people.add(label) : full && people.canBePerson(full) ? people.add(full) : null);
    if (person) {
      if (person.name !== label) people.addAlias(person, label);
      if (role) people.add(person.name, [role]);
      return person;
    }
    return null;
  };
  const askerFor = (label: string, role: string | undefined): Person | null => {
    if (asker) {
      if (label !== asker.name && !HOST_LABEL.test(label)) people.addAlias(asker, label);
      if (role) people.add(asker.name, [role]);
      return asker;
    }
    if (HOST_LABEL.test(label)) return null; // "Host:" with no host named anywhere
    // No byline: the label is the interviewer ("The Economist:", "Fischer:", "Rachel Kim (moderator):").
    asker = speakerOf(label, role) ?? people.add(label) ?? null;
    return asker;
  };

  const turns: Turn[] = [];
  let lastAnswerer: Person | null = null;
  const open = (p: number, skip: number, label: string, speaker: Person | null, asks: boolean) => {
    const paragraph = paragraphs[p]!;
    turns.push({
      label,
      speaker,
      asks,
      text: paragraph.text.slice(skip),
      start: paragraph.start + skip,
      end: paragraph.start + paragraph.text.length,
      first: p,
      last: p,
    });
    if (!asks && speaker) lastAnswerer = speaker;
  };
  // After the last opener, a heading starts what follows the interview (listener reviews, related reading).
  let lastOpener = -1;
  openings.forEach((opening, p) => {
    if (opening.kind !== 'plain' && accepted[p]) lastOpener = p;
  });
  let continuing = false; // whether an unlabelled paragraph here still belongs to the last turn
  for (let p = 0; p < paragraphs.length; p++) {
    yield;
    const paragraph = paragraphs[p]!;
    const opening = openings[p]!;
    const current = turns.at(-1);
    if (opening.kind === 'question') open(p, opening.skip, 'Q', asker, true);
    else if (opening.kind === 'answer') open(p, opening.skip, 'A', lastAnswerer ?? context.interviewee(), false);
    else if (opening.kind === 'label' && accepted[p]) {
      const { label, role } = opening;
      if (ANONYMOUS_LABEL.test(label))
        open(p, opening.skip, label, null, false); // asks, but not as the interviewer
      else if (HOST_LABEL.test(label) || interviewerLabel(label))
        open(p, opening.skip, label, askerFor(label, role), true);
      else open(p, opening.skip, label, speakerOf(label, role), false);
    } else if (
      STAGE_DIRECTION.test(paragraph.text) ||
      isMostlyLinks(paragraph) ||
      (p < lastOpener && isCrosshead(paragraph))
    ) {
      continue; // said by nobody (a stage direction, a link card, a crosshead): the turn goes on after it
    } else if (
      !continuing ||
      EDITORIAL.test(paragraph.text) ||
      CREDIT.test(paragraph.text) ||
      (p > lastOpener && isHeading(paragraph.element))
    ) {
      continuing = false;
      continue;
    } else if (current && !current.asks && asker && CLOSING_THANKS.test(paragraph.text)) {
      open(p, 0, 'Q', asker, true); // the interviewer's thanks at the end, unlabelled
    } else if (current?.asks && current.label === 'Q') {
      // After an unlabelled question, the answer: by whoever answered last, else the interviewee.
      open(p, 0, 'A', lastAnswerer ?? context.interviewee(), false);
    } else if (current) {
      current.text = `${current.text} ${paragraph.text}`;
      current.end = paragraph.start + paragraph.text.length;
      current.last = p;
    }
    continuing = true;
  }
  // Questions asked before the asker was known (a label seen later) get the asker too.
  for (const turn of turns) if (turn.asks && !turn.speaker) turn.speaker = asker;
  return turns;
}
