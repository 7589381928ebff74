/** One-line citation of a highlight, for "Copy as citation". */
import type { ArticleRecord, HighlightRecord } from '../db/records';
import { calendarDay } from './dates';
import { collapseWhitespace, linkAddress } from './escape';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `D Month YYYY` for an ISO 8601 date or date-time; anything else as given. */
export function citationDate(published: string): string {
  const day = calendarDay(published);
  return day ? `${day.day} ${MONTHS[day.month - 1]} ${day.year}` : collapseWhitespace(published);
}

/** `“quote” — Speaker, role, in “Title” (Site, date) URL#fragment`, leaving out what is unknown. */
export function citation(article: ArticleRecord, highlight: HighlightRecord): string {
  const speaker = highlight.speaker
    ? [highlight.speaker.name, ...highlight.speaker.roles].map(collapseWhitespace).filter(Boolean).join(', ')
    : '';
  const title = collapseWhitespace(article.title);
  const origin = [collapseWhitespace(article.site), article.published ? citationDate(article.published) : ''].filter(
    Boolean,
  );
  const head = [
    `“${collapseWhitespace(highlight.quote.exact)}”`,
    speaker && ` — ${speaker}`,
    title && `${speaker ? ',' : ''} in “${title}”`,
  ].join('');
  const address = highlight.fragment ? `${article.url}#${highlight.fragment}` : article.url;
  // Encoded like a Markdown link address, so that pasting anywhere keeps the address in one piece.
  return [head, origin.length ? `(${origin.join(', ')})` : '', linkAddress(address)].filter(Boolean).join(' ');
}
