import type { SpeakerCorrections } from '../messages/fields';
import type { InterviewAnalysis } from './analyze';
import type { Person } from './people';

const unique = (items: readonly string[]) => [...new Set(items)];

/** A person renamed, keeping the old name as an alias so the page's mentions of it still point to them. */
const renamed = (person: Person, to: string): Person => ({ ...person, name: to, aliases: unique([...person.aliases, person.name]).filter((alias) => alias !== to) });

/** Two people as one, under the first one's name. */
const merged = (into: Person, other: Person): Person => ({
  ...into,
  aliases: unique([...into.aliases, other.name, ...other.aliases]).filter((alias) => alias !== into.name),
  roles: unique([...into.roles, ...other.roles]),
  ...(into.organisation ?? other.organisation ? { organisation: into.organisation ?? other.organisation } : {}),
});

/**
 * The analysis with the reader's corrections of its people: renames and merges (in the order the
 * reader made them), then the interviewer they chose. Quotes follow their speaker to the new name.
 * Corrections naming someone this reading of the page does not have change nothing.
 */
export function withCorrections(analysis: InterviewAnalysis, corrections: SpeakerCorrections): InterviewAnalysis {
  if (!corrections.renames.length && !corrections.interviewer) return analysis;
  let speakers = [...analysis.speakers];
  let interviewer = analysis.interviewer;
  const replacedBy = new Map<Person, Person>();
  const named = (name: string) => speakers.find((person) => person.name === name) ?? speakers.find((person) => person.aliases.includes(name));

  for (const { from, to } of corrections.renames) {
    const source = named(from);
    if (!source) {
      if (interviewer?.name === from) interviewer = { ...interviewer, name: to };
      continue;
    }
    const target = speakers.find((person) => person.name === to);
    if (target === source) continue;
    const next = target ? merged(target, source) : renamed(source, to);
    replacedBy.set(source, next);
    if (target) replacedBy.set(target, next);
    // A renamed person keeps their place; a merged one takes the place of whom they merged into.
    speakers = speakers.flatMap((person) => (person === source ? (target ? [] : [next]) : person === target ? [next] : [person]));
  }

  if (corrections.interviewer) {
    const chosen = named(corrections.interviewer);
    interviewer = chosen ? { name: chosen.name, roles: chosen.roles } : { name: corrections.interviewer, roles: interviewer?.name === corrections.interviewer ? interviewer.roles : [] };
    if (chosen) speakers = speakers.filter((person) => person !== chosen);
  }

  const current = (person: Person) => {
    let now = person;
    for (let next = replacedBy.get(now); next; next = replacedBy.get(now)) now = next;
    return now;
  };
  const quotes = analysis.quotes.map((quote) => (quote.speaker && replacedBy.has(quote.speaker) ? { ...quote, speaker: current(quote.speaker) } : quote));
  return { ...analysis, speakers, interviewer, quotes };
}
