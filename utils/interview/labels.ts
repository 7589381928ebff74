/**
 * Speaker labels that open a turn: "[00:03:12] Jane Doe:", "Hightower:", "SH:", "DIE ZEIT:", "Audience member:",
 * "Rachel Kim (moderator):", "Host (00:01:05):", and radio's "ARI LANE, HOST:". Shared by the always-on detector and the
 * analyser, so both read turns the same way. Dependency-free: it ships in the detector.
 */
/** The roles radio transcripts put after a name in capitals: "ARI LANE, HOST:". */
export const RADIO_ROLES = 'HOST|CO-HOST|BYLINE|GUEST|ANCHOR|MODERATOR|PANELIST|INTERVIEWER';

export const TURN_LABEL = new RegExp(
  String.raw`^(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?([\p{Lu}][\p{L}’'.&-]*(?:\s[\p{Lu}][\p{L}’'.&-]*){0,3}|[\p{Lu}]\p{L}+\s\p{Ll}\p{L}+|[\p{L}\d_.-]{3,24})\s*(?:\(([^()\d]{2,30})\)|,\s(${RADIO_ROLES}))?\s*(?:[[(]\d{1,2}:\d{2}(?::\d{2})?[\])])?\s*:\s+(?=\S)`,
  'u',
);

/** An interviewer's question marked as one: "Q:", "Q.", "Frage 3:", "Question 2 –", "F:", "::". */
export const QUESTION_MARKER = /^(?:(?:Q|Frage|Question)(?:\s?\d{1,2})?\s*[:.–—]|F\s*:|::)\s*(?=\S)/u;

/** An answer marked as one: "A:", "A.", "Antwort:", "Answer:". */
export const ANSWER_MARKER = /^(?:A|Answer|Antwort)\s*[:.–—]\s*(?=\S)/u;

/** Words that end in a colon in ordinary articles, recipes and agendas without being speakers. */
export const STOP_LABELS =
  /^(note|update|editor|editor’s note|photo|image|credit|source|disclosure|correction|related|read more|step \d+|tip|warning|example|summary|tl;dr|pros|cons|price|verdict|yield|serves|date|time|location|topic|session|room|track|abstract|contact|email|phone|media contact|about|ingredients|instructions|prep time|cook time|total time|foto|bild|titelbild|quelle|hinweis|mehr|lesen sie auch|anzeige|weiterführende links|links|interview|q|a|frage|antwort|question|answer)$/i;
