import { NAME, PRONOUNS, SPEECH_VERBS } from './lexicon';
import type { Paragraph } from './paragraphs';
import type { People, Person } from './people';
import type { QuoteSpan } from './quotes';

const SPEAKER = String.raw`(${NAME}|\p{Lu}[\p{L}’'-]+|${PRONOUNS}|(?:[Tt]he|[Oo]ur|[Dd]er|[Dd]ie)\s+\p{Ll}[\p{L}-]+|(?:[Tt]he|[Oo]ur)\s+\p{Lu}{2,4})`;
// After the closing mark: ", he said." · ", Antiga explained." · " said Jane Roe," · ", so Müller."
const AFTER_NAME_VERB = new RegExp(String.raw`^[\s,]*${SPEAKER}\s+(?:\p{Ll}+ly\s+)?(?:${SPEECH_VERBS})\b`, 'u');
const AFTER_VERB_NAME = new RegExp(String.raw`^[\s,]*(?:${SPEECH_VERBS})\s+(${NAME}|\p{Lu}[\p{L}’'-]+)`, 'u');
// Before the opening mark: "Antiga noted: " · "As Jane Roe put it, " · "According to Roe, "
const BEFORE = new RegExp(String.raw`${SPEAKER}\s+(?:\p{Ll}+ly\s+)?(?:${SPEECH_VERBS})\b[^.!?“”"«»„]{0,40}[:,]?\s*$|\b(?:[Aa]ccording to|[Aa]s|[Ss]elon|[Ll]aut)\s+(${NAME}|\p{Lu}[\p{L}’'-]+)(?:\s+put it)?,?\s*$`, 'u');
const HAS_VERB = new RegExp(String.raw`\b(?:${SPEECH_VERBS})\b`, 'u');
const PRONOUN = new RegExp(String.raw`^(?:${PRONOUNS})$`, 'i');

/**
 * Who said each quote: a speech verb with a name, surname, pronoun or role noun beside the quote;
 * else another attributed quote in the same paragraph; else, for a paragraph that opens with a
 * quote, the speaker of the quote just before (a continuation). Pronouns resolve to the person
 * last named or quoted.
 */
export function attributeQuotes(quotes: readonly QuoteSpan[], paragraphs: readonly Paragraph[], people: People): Array<Person | null> {
  let lastPerson: Person | null = null;
  let lastQuoteSpeaker: { speaker: Person | null; paragraph: number } | null = null;

  const resolve = (who: string | undefined): Person | null => {
    if (!who) return null;
    const word = who.trim();
    if (PRONOUN.test(word)) return lastPerson;
    const known = people.find(word);
    if (known) return known;
    const role = word.match(/^(?:the|our|der|die)\s+(.+)$/i)?.[1];
    if (role) return people.list.find((person) => person.roles.some((r) => new RegExp(`\\b${role}\\b`, 'i').test(r))) ?? null;
    return people.canBePerson(word) ? people.add(word) : null;
  };

  const direct = (quote: QuoteSpan): Person | null => {
    const last = paragraphs[quote.last]!;
    const after = last.text.slice(quote.end - last.start + 1, quote.end - last.start + 120);
    const first = paragraphs[quote.first]!;
    const before = first.text.slice(Math.max(0, quote.start - first.start - 121), Math.max(0, quote.start - first.start - 1));
    // In order of how often articles use them; later patterns run only when earlier ones fail.
    // The full patterns are costly; most text beside a quote has no speech verb at all.
    const afterSpeaks = HAS_VERB.test(after);
    const readers = [
      () => (afterSpeaks ? after.match(AFTER_NAME_VERB)?.[1] : undefined),
      () => (afterSpeaks ? after.match(AFTER_VERB_NAME)?.[1] : undefined),
      () => {
        // Only the clause that leads into the quote can introduce it.
        const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('”'), before.lastIndexOf('?'), before.lastIndexOf('!')) + 1);
        if (!HAS_VERB.test(clause) && !/ccording|[Ss]elon|[Ll]aut|\b[Aa]s\b/.test(clause)) return undefined;
        const prior = clause.match(BEFORE);
        return prior?.[1] ?? prior?.[2];
      },
    ];
    for (const read of readers) {
      const speaker = resolve(read());
      if (speaker) return speaker;
    }
    return null;
  };

  /** Remembers people named in narration, for pronouns ("Antiga argues that… “…,” he said"). */
  const noteNamed = (paragraph: Paragraph, upTo: number) => {
    let latest: { at: number; person: Person } | null = null;
    for (const person of people.list) {
      for (const name of [person.name, ...person.aliases]) {
        // The last mention that ends by `upTo` (searched in place: no copy of the paragraph).
        const at = upTo >= name.length ? paragraph.text.lastIndexOf(name, upTo - name.length) : -1;
        if (at >= 0 && (!latest || at > latest.at)) latest = { at, person };
      }
    }
    if (latest) lastPerson = latest.person;
  };

  const speakers: Array<Person | null> = [];
  let k = 0;
  paragraphs.forEach((paragraph, p) => {
    const inParagraph: number[] = [];
    for (; k < quotes.length && quotes[k]!.first === p; k++) inParagraph.push(k);
    if (!inParagraph.length) {
      noteNamed(paragraph, paragraph.text.length);
      return;
    }
    noteNamed(paragraph, quotes[inParagraph[0]!]!.start - paragraph.start);
    const found = inParagraph.map((q) => {
      const speaker = direct(quotes[q]!);
      if (speaker) lastPerson = speaker;
      return speaker;
    });
    const shared = found.find((speaker) => speaker !== null) ?? null;
    const opensWithQuote = quotes[inParagraph[0]!]!.start - paragraph.start <= 1;
    const continued = opensWithQuote && lastQuoteSpeaker && lastQuoteSpeaker.paragraph >= p - 1 ? lastQuoteSpeaker.speaker : null;
    inParagraph.forEach((q, n) => {
      speakers[q] = found[n] ?? shared ?? continued;
    });
    const lastQuote = quotes[inParagraph.at(-1)!]!;
    lastQuoteSpeaker = { speaker: speakers[inParagraph.at(-1)!] ?? null, paragraph: lastQuote.last };
    if (lastQuoteSpeaker.speaker) lastPerson = lastQuoteSpeaker.speaker;
  });
  return speakers;
}
