import type { Steps } from '../pace/steps';
import { ATTRIBUTION_VERBS, NAME, PRONOUNS } from './lexicon';
import type { Paragraph } from './paragraphs';
import type { People, Person } from './people';
import type { QuoteSpan } from './quotes';

/** "the CTO", "der CTO", "la directrice technique", "die Gründerin": someone by their role. */
const ROLE_REFERENCE = String.raw`(?:[Tt]he|[Oo]ur|[Dd]er|[Dd]ie|[Ll]a|[Ll]e)\s+(?:\p{Ll}[\p{L}-]+|\p{Lu}[\p{L}-]+)(?:\s+\p{Ll}[\p{L}-]+)?`;
const SPEAKER = String.raw`(${NAME}|\p{Lu}[\p{L}’'-]+|${PRONOUNS}|${ROLE_REFERENCE})`;
// After the closing mark: ", he said." · ", Antiga explained." · " said Jane Roe," · ", sagt der CTO." · ", so Müller."
// · " Jane Roe, a partner at Northgate, told …" (an appositive between the name and the verb).
const AFTER_NAME_VERB = new RegExp(
  String.raw`^[\s,]*${SPEAKER}(?:,\s+[^,;.!?“”"„«»]{2,80},)?\s+(?:\p{Ll}+ly\s+)?(?:${ATTRIBUTION_VERBS})\b`,
  'u',
);
const AFTER_VERB_NAME = new RegExp(
  String.raw`^[\s,]*(?:${ATTRIBUTION_VERBS})\s+(${NAME}|\p{Lu}[\p{L}’'-]+|${PRONOUNS}|${ROLE_REFERENCE})`,
  'u',
);
// French inversion: « … », se souvient-elle · a-t-il expliqué · dit-elle en riant.
const AFTER_INVERSION = /^[\s,]*(?:(?:se|s[’'])\s*)?(?:\p{Ll}+\s+)?\p{Ll}+(?:-t)?-(il|elle)\b/u;
// Before the opening mark: "Antiga noted: " · "As Jane Roe put it, " · "According to Roe, "
const BEFORE = new RegExp(
  String.raw`${SPEAKER}\s+(?:\p{Ll}+ly\s+)?(?:${ATTRIBUTION_VERBS})\b[^.!?“”"«»„]{0,40}[:,]?\s*$|\b(?:[Aa]ccording to|[Aa]s|[Ss]elon|[Ll]aut)\s+(${NAME}|\p{Lu}[\p{L}’'-]+)(?:\s+put it)?,?\s*$`,
  'u',
);
const HAS_VERB = new RegExp(String.raw`\b(?:${ATTRIBUTION_VERBS})\b`, 'u');
/** The writer speaking: "“Is it still the moat?” I asked." · "I asked her: “…”". */
const WRITER_AFTER = /^[\s,]*(?:I|[Ww]e)\s+(?:asked|said|replied|wondered|added)\b/u;
const WRITER_BEFORE = /\b(?:I|[Ww]e)\s+(?:asked|said|replied)(?:\s+(?:him|her|them))?\s*[:,]?\s*$/u;
/** Someone the page does not name: "One audience member asked, “…”", "“…?” asked a listener". */
const NOBODY_NAMED = String.raw`(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:audience member|member of the audience|attendee|listener|reader|caller|participant|questioner)`;
const NOBODY_BEFORE = new RegExp(
  String.raw`\b${NOBODY_NAMED}\s+(?:asked|said|wanted to know|added)\b[^.!?“”"]{0,40}[:,]?\s*$`,
  'u',
);
const NOBODY_AFTER = new RegExp(String.raw`^[\s,]*(?:asked|said)\s+${NOBODY_NAMED}\b`, 'u');
/** What `besideQuote` yields for the writer. */
const WRITER = 'I';
const PRONOUN = new RegExp(`^(?:${PRONOUNS})$`, 'i');
const FEMININE = /^(?:she|sie|elle)$/i;
const MASCULINE = /^(?:he|er|il)$/i;

type Gender = 'f' | 'm';
const OTHER_IN_APPOSITIVE = /^,\s+(?:an?|the)\s+[^,.;!?“”"]*?\s(she|he)\s+(?:had|has|was|is|\p{Ll}+ed)\b/u;
const genderOf = (pronoun: string): Gender | undefined =>
  FEMININE.test(pronoun) ? 'f' : MASCULINE.test(pronoun) ? 'm' : undefined;

/**
 * Who the words beside a quote name as its speaker, surest reading first: an incise inside it, a
 * speech verb with a name, role or pronoun after it, or a clause leading into it. Lazy: most quotes
 * are settled by the first reading, and the later patterns are costly.
 */
function* besideQuote(quote: QuoteSpan, paragraphs: readonly Paragraph[]): Generator<string | undefined> {
  if (quote.incise) {
    yield quote.incise;
    return;
  }
  const after = textAfter(quote, paragraphs);
  // Most text beside a quote has no speech verb at all.
  const afterSpeaks = HAS_VERB.test(after);
  if (afterSpeaks) yield after.match(AFTER_NAME_VERB)?.[1];
  if (afterSpeaks) yield after.match(AFTER_VERB_NAME)?.[1];
  yield after.match(AFTER_INVERSION)?.[1];
  const clause = leadIn(quote, paragraphs);
  const leads = HAS_VERB.test(clause) || /ccording|[Ss]elon|[Ll]aut|\b[Aa]s\b/.test(clause);
  if (leads) {
    const prior = clause.match(BEFORE);
    yield prior?.[1] ?? prior?.[2];
  }
  // Last, the writer: a question or a line they lead into an attribution ("“…?” I asked").
  const writerAfter = /[?,]['’‘]?$/.test(quote.text.trim()) && WRITER_AFTER.test(after);
  if (writerAfter || (leads && WRITER_BEFORE.test(clause))) yield WRITER;
}

/** The words after a quote's closing mark, where its attribution stands if it follows. */
function textAfter(quote: QuoteSpan, paragraphs: readonly Paragraph[]): string {
  const last = paragraphs[quote.last]!;
  return last.text.slice(quote.end - last.start + 1, quote.end - last.start + 120);
}

/** The clause that leads into a quote: only it can introduce the quote. */
function leadIn(quote: QuoteSpan, paragraphs: readonly Paragraph[]): string {
  const first = paragraphs[quote.first]!;
  const before = first.text.slice(
    Math.max(0, quote.start - first.start - 121),
    Math.max(0, quote.start - first.start - 1),
  );
  return before.slice(
    Math.max(before.lastIndexOf('. '), before.lastIndexOf('”'), before.lastIndexOf('?'), before.lastIndexOf('!')) + 1,
  );
}

/** Whether the words beside a quote give it to someone they do not name (an audience member). */
function saidByNobodyNamed(quote: QuoteSpan, paragraphs: readonly Paragraph[]): boolean {
  return NOBODY_AFTER.test(textAfter(quote, paragraphs)) || NOBODY_BEFORE.test(leadIn(quote, paragraphs));
}

/**
 * Who said each quote, in sieves from the surest reading to the widest:
 * 1. a speaker beside the quote: a French incise inside it, a speech verb with a name, role or
 *    pronoun after it, or a clause leading into it;
 * 2. a colon after a sentence that names someone ("… summed it up this way: »…«");
 * 3. another attributed quote of the same paragraph;
 * 4. for a paragraph that opens with a quote, the speaker of the quote just before (a continuation),
 *    or else the one person the last sentence of the paragraph before names ("…, Benítez gave the
 *    longest answer.").
 * Pronouns resolve to the nearest person named or quoted before who fits ("he" is not a woman who
 * was "she" earlier; "Karimi's team" names nobody who speaks). "I asked" is the `writer`'s. A quote
 * given to someone unnamed ("one audience member asked") is nobody's. When unsure, nobody.
 */
export function* attributeQuotes(
  quotes: readonly QuoteSpan[],
  paragraphs: readonly Paragraph[],
  people: People,
  writer: () => Person | null = () => null,
): Steps<{ speakers: Array<Person | null>; byLeadIn: ReadonlySet<number> }> {
  /** People named or quoted so far, the most recent first. */
  const recent: Person[] = [];
  const genders = new Map<Person, Gender>();
  let lastQuoteSpeaker: { speaker: Person | null; paragraph: number } | null = null;
  const remember = (person: Person) => {
    const at = recent.indexOf(person);
    if (at >= 0) recent.splice(at, 1);
    recent.unshift(person);
  };

  const byPronoun = (pronoun: string): Person | null => {
    const gender = genderOf(pronoun);
    const person =
      recent.find((candidate) => !gender || !genders.has(candidate) || genders.get(candidate) === gender) ?? null;
    if (person && gender && !genders.has(person)) genders.set(person, gender);
    return person;
  };

  const resolve = (who: string | undefined): Person | null => {
    if (!who) return null;
    const word = who.trim();
    if (word === WRITER) return writer();
    if (PRONOUN.test(word)) return byPronoun(word);
    const known = people.find(word);
    if (known) return known;
    const role = word.match(/^(?:the|our|der|die|la|le)\s+(.+)$/i)?.[1];
    if (role) {
      const named = new RegExp(`(?:^|[^\\p{L}])${role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
      const fits = people.list.filter((person) => person.roles.some((r) => named.test(r)));
      return fits.length === 1 ? fits[0]! : null;
    }
    return (people.canBePerson(word) && people.add(word)) || null;
  };

  const direct = (quote: QuoteSpan): Person | null => {
    for (const who of besideQuote(quote, paragraphs)) {
      const speaker = resolve(who);
      if (speaker) return speaker;
    }
    return null;
  };

  /** Someone named in the sentence a colon ends ("Son associé Lukas Meier … résumait la stratégie : »…«"). */
  const introducedByColon = (quote: QuoteSpan): Person | null => {
    const first = paragraphs[quote.first]!;
    const before = first.text.slice(0, Math.max(0, quote.start - first.start - 1));
    if (!/:\s*$/.test(before)) return null;
    const named = mentions(lastSentence(before), people);
    return named.length ? named.at(-1)!.person : null;
  };

  /** Remembers people named in narration, for pronouns ("Antiga argues that… “…,” he said"). */
  const noteNamed = (paragraph: Paragraph, from: number, upTo: number) => {
    const text = paragraph.text.slice(from, upTo);
    for (const { person, end } of mentions(text, people)) {
      remember(person);
      // "Pavel Orlov, a backend engineer she had met": the pronoun in one's own appositive is someone else.
      const other = text.slice(end, end + 100).match(OTHER_IN_APPOSITIVE);
      // "a shift manager who says she has worked there" is about that very person.
      if (other && !/\b(?:who|that|which)\b/.test(other[0]) && !HAS_VERB.test(other[0]) && !genders.has(person))
        genders.set(person, genderOf(other[1]!) === 'f' ? 'm' : 'f');
    }
  };

  const speakers: Array<Person | null> = [];
  /** Quotes given to whom the paragraph before names: a guess, which a pull quote must not survive by. */
  const byLeadIn = new Set<number>();
  /** The people the last sentence of the last paragraph without quotes names. */
  let narrated: { paragraph: number; people: Set<Person> } | null = null;
  let k = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    yield;
    const paragraph = paragraphs[p]!;
    const inParagraph: number[] = [];
    for (; k < quotes.length && quotes[k]!.first === p; k++) inParagraph.push(k);
    if (!inParagraph.length) {
      noteNamed(paragraph, 0, paragraph.text.length);
      narrated = { paragraph: p, people: new Set(mentions(lastSentence(paragraph.text), people).map((m) => m.person)) };
      continue;
    }
    let from = 0;
    const unnamed = inParagraph.map((q) => saidByNobodyNamed(quotes[q]!, paragraphs));
    const found = inParagraph.map((q, n) => {
      if (unnamed[n]) return null;
      // Names before each quote count, and those between two quotes once the first one's
      // attribution is over: "“…,” says Hill. Lee agrees. “…,” he says" is Lee's, "“…,” says Lee,
      // who worked for Hill. “…,” he says" is Lee's too.
      noteNamed(paragraph, from, quotes[q]!.start - paragraph.start);
      from = afterAttribution(paragraph, quotes[q]!);
      const speaker = direct(quotes[q]!) ?? introducedByColon(quotes[q]!);
      if (speaker) remember(speaker);
      return speaker;
    });
    const shared = found.find((speaker) => speaker !== null) ?? null;
    const opensWithQuote = quotes[inParagraph[0]!]!.start - paragraph.start <= 1;
    // Only for a quote nothing after names a speaker for ("“…,” the company said" is not the last person named).
    const first = quotes[inParagraph[0]!]!;
    const introduced =
      narrated?.paragraph === p - 1 && narrated.people.size === 1 && !HAS_VERB.test(textAfter(first, paragraphs))
        ? [...narrated.people][0]!
        : null;
    const follows = lastQuoteSpeaker !== null && lastQuoteSpeaker.paragraph >= p - 1;
    const continued = !opensWithQuote ? null : follows ? lastQuoteSpeaker!.speaker : introduced;
    inParagraph.forEach((q, n) => {
      speakers[q] = unnamed[n] ? null : (found[n] ?? shared ?? continued);
      if (speakers[q] && !found[n] && !shared && !follows) byLeadIn.add(q);
    });
    const lastQuote = quotes[inParagraph.at(-1)!]!;
    lastQuoteSpeaker = { speaker: speakers[inParagraph.at(-1)!] ?? null, paragraph: lastQuote.last };
    if (lastQuoteSpeaker.speaker) remember(lastQuoteSpeaker.speaker);
  }
  return { speakers, byLeadIn };
}

const WORD_CHAR = /[\p{L}\d]/u;

/** A paragraph's last sentence: what leads into the paragraph after it. */
function lastSentence(text: string): string {
  const body = text.replace(/[.!?…:]\s*$/, '');
  return body.slice(Math.max(body.lastIndexOf('. '), body.lastIndexOf('? '), body.lastIndexOf('! ')) + 1);
}

/**
 * Where the sentence of a quote's attribution ends, as an offset in its paragraph: at the quote
 * when its words end the sentence ("“We ran it twice.”"), else after the next full stop.
 */
function afterAttribution(paragraph: Paragraph, quote: QuoteSpan): number {
  const end = quote.end - paragraph.start;
  if (/[.!?…]\s*$/.test(quote.text)) return end;
  const stop = paragraph.text.slice(end).search(/[.!?](?:\s|$)/);
  return stop < 0 ? paragraph.text.length : end + stop + 1;
}

/**
 * The people a text names, in order, by any of their names. A possessive ("Karimi's team") is left
 * out: it names someone the sentence is not about.
 */
function mentions(text: string, people: People): Array<{ at: number; end: number; person: Person }> {
  return people
    .namedIn(text)
    .filter(
      ({ at, end }) =>
        !WORD_CHAR.test(text[at - 1] ?? '') &&
        !WORD_CHAR.test(text[end] ?? '') &&
        !/^[’']s\b/.test(text.slice(end, end + 3)),
    );
}

const FULL_NAME = new RegExp(`^${NAME}$`, 'u');

/**
 * Who said each quote, when the words beside it name them in full ("„…“, sagte Jana Roth"):
 * no pronoun, role or earlier quote stands in. For quotes inside someone else's turn, where a
 * guess would take the turn's words from its speaker.
 */
export function namedSpeakers(
  quotes: readonly QuoteSpan[],
  paragraphs: readonly Paragraph[],
  people: People,
): Array<Person | null> {
  return quotes.map((quote) => {
    // The surest reading decides: "…“, sagte sie" names nobody, whatever a later pattern finds.
    let who: string | undefined;
    for (const reading of besideQuote(quote, paragraphs)) {
      who = reading?.trim();
      if (who) break;
    }
    if (!who || !FULL_NAME.test(who)) return null;
    return people.find(who) ?? ((people.canBePerson(who) && people.add(who)) || null);
  });
}
