import type { SpeakerCorrections } from '../messages/fields';
import type { InterviewAnalysis } from './analyze';
import type { Interviewer } from './byline';
import type { Person } from './people';
import type { PageSummary } from './report';

/** What a correction needs of a person: the lens's Person, or a summary's speaker. */
type Named = Pick<Person, 'name' | 'aliases' | 'roles'> & { organisation?: string };

/**
 * A page the reader corrected nothing on. Kept apart from the schema (messages/fields.ts): the lens
 * and the popup's first screen need the value, and importing it from there would load zod with them.
 */
export const NO_SPEAKER_CORRECTIONS: SpeakerCorrections = { renames: [], interviewer: null, people: [] };

const unique = (items: readonly string[]) => [...new Set(items)];

/** A person renamed, keeping the old name as an alias so the page's mentions of it still point to them. */
const renamed = <P extends Named>(person: P, to: string): P => ({
  ...person,
  name: to,
  aliases: unique([...person.aliases, person.name]).filter((alias) => alias !== to),
});

/** Two people as one, under the first one's name. */
const merged = <P extends Named>(into: P, other: P): P => ({
  ...into,
  aliases: unique([...into.aliases, other.name, ...other.aliases]).filter((alias) => alias !== into.name),
  roles: unique([...into.roles, ...other.roles]),
  ...((into.organisation ?? other.organisation) ? { organisation: into.organisation ?? other.organisation } : {}),
});

/**
 * The people with the reader's corrections: renames and merges (in the order the reader made
 * them), then the interviewer they chose. `replacedBy` maps each person changed to who they became.
 * Corrections naming someone this reading of the page does not have change nothing, and applying
 * them twice changes nothing more.
 */
function correctPeople<P extends Named>(
  speakers: readonly P[],
  interviewer: Interviewer | null,
  corrections: SpeakerCorrections,
) {
  let people = [...speakers];
  let asking: Interviewer | P | null = interviewer;
  const replacedBy = new Map<P, P>();
  const named = (name: string) =>
    people.find((person) => person.name === name) ?? people.find((person) => person.aliases.includes(name));

  for (const { from, to } of corrections.renames) {
    const source = named(from);
    if (!source) {
      if (asking?.name === from) asking = { ...asking, name: to, aliases: unique([...(asking.aliases ?? []), from]) };
      continue;
    }
    const target = people.find((person) => person.name === to);
    if (target === source) continue;
    const next = target ? merged(target, source) : renamed(source, to);
    replacedBy.set(source, next);
    if (target) replacedBy.set(target, next);
    // A renamed person keeps their place; a merged one takes the place of whom they merged into.
    people = people.flatMap((person) =>
      person === source ? (target ? [] : [next]) : person === target ? [next] : [person],
    );
  }

  if (corrections.interviewer) {
    // Chosen, then renamed: the chosen name leads through the renames to the one they have now.
    let wanted = corrections.interviewer;
    for (const { from, to } of corrections.renames) if (from === wanted) wanted = to;
    const chosen = named(wanted) ?? named(corrections.interviewer);
    // The person themself asks: their questions and the page's mentions of them stay theirs.
    asking = chosen ?? { name: wanted, roles: asking?.name === wanted ? asking.roles : [] };
    if (chosen) people = people.filter((person) => person !== chosen);
  }
  const current = (person: P) => {
    let now = person;
    for (let next = replacedBy.get(now); next; next = replacedBy.get(now)) now = next;
    return now;
  };
  return { speakers: people, interviewer: asking, current };
}

/** The analysis with the reader's corrections of its people; quotes follow their speaker to the new name. */
export function withCorrections(analysis: InterviewAnalysis, corrections: SpeakerCorrections): InterviewAnalysis {
  if (!corrections.renames.length && !corrections.interviewer) return analysis;
  const { speakers, interviewer, current } = correctPeople(analysis.speakers, analysis.interviewer, corrections);
  const quotes = analysis.quotes.map((quote) =>
    quote.speaker && current(quote.speaker) !== quote.speaker ? { ...quote, speaker: current(quote.speaker) } : quote,
  );
  // Someone only quoted stays so when renamed, not once merged with someone who takes turns.
  const others = new Set(analysis.speakers.filter((person) => !analysis.quotedOnly.includes(person)).map(current));
  const quotedOnly = [...new Set(analysis.quotedOnly.map(current))].filter(
    (person) => !others.has(person) && speakers.includes(person),
  );
  return { ...analysis, speakers, interviewer, quotes, quotedOnly };
}

/**
 * What the popup shows of a page with corrections the lens on it has not read yet (it reads them on
 * its next load): the same people the lens will show then.
 */
export function correctedSummary<S extends Partial<Pick<PageSummary, 'speakers' | 'interviewer'>>>(
  summary: S,
  corrections: SpeakerCorrections,
): S {
  const listed = summary.speakers ?? [];
  const added = corrections.people.filter(
    (name) => !listed.some((speaker) => speaker.name === name || speaker.aliases.includes(name)),
  );
  const { speakers, interviewer } = correctPeople(
    [...listed, ...added.map((name) => ({ name, aliases: [], roles: [] }))],
    summary.interviewer ?? null,
    corrections,
  );
  return {
    ...summary,
    speakers: speakers.map(({ name, aliases, roles }) => ({ name, aliases, roles })),
    interviewer: interviewer ? { name: interviewer.name, roles: interviewer.roles } : null,
  };
}
