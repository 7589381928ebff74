import type { CapsHit } from '../interview/limits';

const count = (n: number) => n.toLocaleString('en');

/** One plain sentence for each limit the lens reached on the page, for the popup. */
export function capsSentences(capped: CapsHit | undefined): string[] {
  const { people, quotes, names } = capped ?? {};
  return [
    // People are met in the quotes attributed: past the quotes' cap, the page names more than were met.
    people &&
      `This page names more people than the lens follows (${quotes ? 'at least ' : ''}${count(people.found)}); the first ${count(people.kept)} are shown.`,
    quotes &&
      `This page holds more quotes than the lens attributes (${count(quotes.found)}); the first ${count(quotes.kept)} are attributed.`,
    names &&
      `This page names people and projects more often than the lens underlines (${count(names.found)} times); the first ${count(names.kept)} are underlined.`,
  ].filter((sentence): sentence is string => Boolean(sentence));
}
