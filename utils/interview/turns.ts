import type { Interviewer } from './byline';
import { STOP_LABELS, TURN_LABEL } from './labels';
import type { Paragraph } from './paragraphs';
import type { People, Person } from './people';

/** One turn of a Q&A, transcript or panel: who speaks (as labelled) and what they say. */
export interface Turn {
  label: string;
  speaker: Person | null;
  text: string;
  start: number;
  end: number;
  first: number;
  last: number;
}

const QUESTION_LABELS = /^(q|q\.|question|frage|f)$/i;
const ANSWER_LABELS = /^(a|a\.|answer|antwort)$/i;
const HEADING = /^H[1-6]$/;

/** A paragraph set entirely in bold that asks something: an interviewer's unlabelled question. */
function isBoldQuestion(paragraph: Paragraph): boolean {
  const bold = paragraph.element.querySelector('strong, b');
  return !!bold && (bold.textContent ?? '').replace(/\s+/g, ' ').trim() === paragraph.text && /\?\s*$/.test(paragraph.text);
}

/**
 * The article's turns, when it is built of them: paragraphs opening with a speaker label
 * ("Hightower:", "Q:", "[00:03:12] Jane Doe:", initials), bold questions, and the unlabelled
 * paragraphs that continue a turn. Returns [] for an article that is not built of turns.
 */
export function findTurns(
  paragraphs: readonly Paragraph[],
  people: People,
  interviewer: Interviewer | null,
  publications: readonly string[],
  fullName: (word: string) => string | undefined,
): Turn[] {
  const labelled = paragraphs.map((paragraph) => {
    const match = paragraph.text.match(TURN_LABEL);
    const label = match?.[1];
    return label && !STOP_LABELS.test(label) ? { label, role: match[2]?.trim(), skip: match[0].length } : null;
  });
  // Labels count by surname too: "Marcus Oyelaran:" once, then "Oyelaran:" after.
  const counts = new Map<string, number>();
  const surname = (label: string) => label.split(' ').at(-1)!;
  for (const found of labelled) if (found) for (const key of new Set([found.label, surname(found.label)])) counts.set(key, (counts.get(key) ?? 0) + 1);
  const accepted = (label: string) =>
    (counts.get(surname(label)) ?? 0) >= 2 || QUESTION_LABELS.test(label) || ANSWER_LABELS.test(label) || people.find(label) !== undefined;
  const turnCount = labelled.filter((found) => found && accepted(found.label)).length;
  if (turnCount < 3) return [];

  // A label whose turns are mostly questions, and that names nobody, is the interviewer's.
  const asks = new Map<string, number>();
  paragraphs.forEach((paragraph, p) => {
    const label = labelled[p]?.label;
    if (label) asks.set(label, (asks.get(label) ?? 0) + (/\?\s*$/.test(paragraph.text) ? 1 : -1));
  });
  const interviewerPerson = interviewer ? people.add(interviewer.name, interviewer.roles) : null;
  const interviewees = () => people.list.filter((person) => person !== interviewerPerson);
  const speakerOf = (label: string, role: string | undefined): Person | null => {
    if (QUESTION_LABELS.test(label)) return interviewerPerson;
    if (ANSWER_LABELS.test(label)) return interviewees().length === 1 ? interviewees()[0]! : null;
    if (publications.some((name) => name.toLowerCase().startsWith(label.toLowerCase()))) return interviewerPerson;
    const full = fullName(label);
    const known = people.find(label) ?? (full ? people.find(full) : undefined);
    const person = known ?? (people.canBePerson(label) ? people.add(label) : full && people.canBePerson(full) ? people.add(full) : null);
    if (person) {
      if (person.name !== label) people.addAlias(person, label);
      if (role) people.add(person.name, [role]);
      return person;
    }
    return (asks.get(label) ?? 0) > 0 ? interviewerPerson : null;
  };

  const turns: Turn[] = [];
  paragraphs.forEach((paragraph, p) => {
    const found = labelled[p];
    if (found && accepted(found.label)) {
      const text = paragraph.text.slice(found.skip);
      turns.push({ label: found.label, speaker: speakerOf(found.label, found.role), text, start: paragraph.start + found.skip, end: paragraph.start + paragraph.text.length, first: p, last: p });
    } else if (isBoldQuestion(paragraph)) {
      turns.push({ label: 'Q', speaker: interviewerPerson, text: paragraph.text, start: paragraph.start, end: paragraph.start + paragraph.text.length, first: p, last: p });
    } else if (turns.length && !HEADING.test(paragraph.element.tagName) && turns.at(-1)!.last === p - 1) {
      // An unlabelled paragraph right after a turn continues it.
      const turn = turns.at(-1)!;
      turn.text = `${turn.text} ${paragraph.text}`;
      turn.end = paragraph.start + paragraph.text.length;
      turn.last = p;
    }
  });
  return turns;
}
