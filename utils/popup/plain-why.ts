import { doubtIn, MARKED_INTERVIEW, MARKED_NOT_INTERVIEW } from '../interview/detect';
import type { PageSummary } from '../interview/report';

/** "A", "A and B", "A, B and C". */
const listed = (names: readonly string[]) =>
  names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** What each kind of interview looks like, said for a reader: who is named where we know. */
function shapeOf(format: string | undefined, names: readonly string[]): string {
  const who = listed(names.slice(0, 3));
  switch (format) {
    case 'qa':
      return who ? `it is questions and answers with ${who}` : 'it is questions and answers';
    case 'transcript':
      return who ? `it is a transcript of ${who} talking` : 'it is a transcript of people talking';
    case 'panel':
      return who ? `${who} take turns speaking` : 'several people take turns speaking';
    default:
      return who ? `the writer quotes what ${who} told them` : 'the writer quotes what people told them';
  }
}

/**
 * Why the lens reads a page as it does, in one plain sentence that agrees with its verdict: the
 * reader's own word first, then what weighs against an interview, then the page's shape.
 */
export function plainWhy(summary: Partial<PageSummary>): string {
  const reasons = summary.reasons ?? [];
  if (reasons.includes(MARKED_INTERVIEW)) return 'An interview: you marked it as one.';
  if (reasons.includes(MARKED_NOT_INTERVIEW)) return 'Not an interview: you marked it so.';
  if (!summary.isInterview) {
    const doubt = reasons.map(doubtIn).find((found) => found !== null);
    if (doubt) return `Not an interview: ${doubt}.`;
    return 'Not an interview: nobody here takes turns speaking, answers questions, or is quoted at length.';
  }
  // Whom a question only quotes is not someone the interview is with.
  const quotedOnly = new Set(summary.quotedOnly);
  return `An interview: ${shapeOf(
    summary.format,
    (summary.speakers ?? []).map((speaker) => speaker.name).filter((name) => !quotedOnly.has(name)),
  )}.`;
}
