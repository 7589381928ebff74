/**
 * The always-on interview detector: decides from cheap signals and a bounded sample of
 * paragraphs (never a full walk of the page), so it costs well under a millisecond.
 * Kept free of dependencies: it ships in the content script that runs on every page.
 */

import { STOP_LABELS, TURN_LABEL } from './labels';
import { SPEECH_VERBS } from './lexicon';

export type InterviewFormat = 'narrative' | 'qa' | 'transcript' | 'panel' | 'none';

export interface Detection {
  isInterview: boolean;
  /** 0–1. */
  confidence: number;
  format: InterviewFormat;
  reasons: string[];
}

const SAMPLE_PARAGRAPHS = 60;
const MAX_JSON_LD = 3;

const STRONG_WORDING = /\b(interview(?:s|ed)?|q\s?&\s?a|transcript|ask me anything|ama|in conversation with|im gespräch|entretien)\b/i;
const WORDING = /\b(podcast|fireside chat|sat down with|talks? with|speaks? with|spoke with|chats? with)\b/i;
const NOT_INTERVIEW_WORDING = /\b(interview (?:process|questions? for|tips|prep)|job interview|hiring|careers?|we(?:'|’)re hiring|apply now|recipe)\b/i;
const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?|^[\p{L} .'-]+\s[[(]\d{1,2}:\d{2}/u;
// “…,” Antiga explained · “…,” he said · “…,” said Jane Roe · „…“, sagt Petersen · according to Roe
const SPEECH = new RegExp(String.raw`[”"»«“]\s*,?\s*(?:(?:he|she|they|er|sie|il|elle)|[\p{Lu}][\p{L}’'-]+(?:\s[\p{Lu}][\p{L}’'-]+)?)\s+(?:${SPEECH_VERBS})\b|[”"»«“]\s*,?\s*(?:${SPEECH_VERBS})\s+(?:[\p{Lu}]|der |die |the |le |la )|[”"»«“]\s*,?\s*(?:a-t-(?:il|elle)\s+)?[\p{Ll}]+(?:-t)?-(?:il|elle)\b|\b(?:according to|laut|selon)\s+[\p{Lu}]`, 'u');
const ROLE_INTRO = /[\p{Lu}][\p{L}’'-]+\s[\p{Lu}][\p{L}’'-]+,\s(?:the\s|a\s|an\s|der\s|die\s)?[^,.]{0,60}?\b(?:CEO|CTO|founder|co-founder|head|director|engineer|maintainer|creator|professor|partner|VP|president|chief|lead|Geschäftsführer|Gründer|cofondat|directeur|directrice)|\bjoined\s[^.]{0,80}\bas\s(?:the\s|its\s)?(?:CEO|CTO|VP|head|director|chief)/u;
const INTRO = /\b(sat down with|spoke with|spoke to|talked with|talked to|caught up with|interviewed|in conversation with|joined us|told (?:the new stack|us|me)|sprach mit|im gespräch mit)\b/i;
const PRESS_RELEASE = /\b(media contacts?|press contacts?|for immediate release|forward-looking statements|about [\p{Lu}][\p{L}]+(?:\s[\p{Lu}][\p{L}]+)?\s*$|announced today|prnewswire|business wire|globe newswire)\b/iu;

function structuredData(doc: Document): string {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')]
    .slice(0, MAX_JSON_LD)
    .map((script) => (script.textContent ?? '').slice(0, 20_000))
    .join(' ');
}

/** Paragraph-like blocks from the likeliest article container, at most SAMPLE_PARAGRAPHS. */
function sample(doc: Document): string[] {
  const root = doc.querySelector('[itemprop="articleBody"], .entry-content, .post-content, article, main') ?? doc.body;
  if (!root) return [];
  const blocks = root.querySelectorAll('p, li, dd, blockquote > p');
  const texts: string[] = [];
  for (let k = 0; k < blocks.length && texts.length < SAMPLE_PARAGRAPHS; k++) {
    const block = blocks[k]!;
    if (block.closest('nav, aside, footer, form, pre, [class*="comment"], [class*="related"]')) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) texts.push(text.slice(0, 2000));
  }
  return texts;
}

const meta = (doc: Document, selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content ?? '';

export function detectInterview(doc: Document): Detection {
  const reasons: string[] = [];
  let score = 0;
  const heading = [doc.title, meta(doc, 'meta[property="og:title"]'), meta(doc, 'meta[name="description"]'), meta(doc, 'meta[property="og:description"]'), doc.querySelector('h1')?.textContent ?? '', doc.location?.pathname?.replace(/[-_/]+/g, ' ') ?? ''].join(' · ');
  const strong = heading.match(STRONG_WORDING)?.[0];
  const wording = strong ?? heading.match(WORDING)?.[0];
  const against = heading.match(NOT_INTERVIEW_WORDING)?.[0];
  if (against) {
    score -= 4;
    reasons.push(`the title speaks of “${against}”, not an interview`);
  } else if (wording) {
    score += strong ? 4 : 3;
    reasons.push(`the title or description says “${wording}”`);
  }
  const data = structuredData(doc);
  const dataWord = data.match(/"(?:keywords|articleSection|genre|@type)"\s*:\s*(?:"[^"]*\b(interview|podcast|q&a)\b[^"]*"|\[[^\]]*\b(interview|podcast|q&a)\b[^\]]*\])/i);
  if (dataWord) {
    score += 2;
    reasons.push(`its structured data is tagged “${dataWord[1] ?? dataWord[2]}”`);
  }

  const paragraphs = sample(doc);
  const labels = new Map<string, number>();
  let timestamps = 0;
  let speech = 0;
  let intro = false;
  let introducedWithRole = false;
  let pressRelease = false;
  for (const text of paragraphs) {
    const label = text.match(TURN_LABEL)?.[1];
    if (label && !STOP_LABELS.test(label)) labels.set(label, (labels.get(label) ?? 0) + 1);
    if (TIMESTAMP.test(text)) timestamps++;
    if (SPEECH.test(text)) speech++;
    intro ||= INTRO.test(text);
    introducedWithRole ||= ROLE_INTRO.test(text);
    pressRelease ||= PRESS_RELEASE.test(text);
  }
  const repeated = [...labels].filter(([, count]) => count >= 2);
  const turns = repeated.reduce((sum, [, count]) => sum + count, 0);
  const namedLabels = repeated.filter(([label]) => !/^(Q|A|Q\.|A\.)$/.test(label));
  let format: InterviewFormat = 'none';
  if (repeated.length >= 2 && turns >= 4) {
    const onlyQA = namedLabels.length === 0;
    // Named speakers taking turns are a conversation; bare Q:/A: pairs may be a documentation FAQ.
    score += onlyQA ? (wording || intro ? 4 : 1) : namedLabels.length >= 2 ? 5 : 4;
    format = timestamps >= 3 ? 'transcript' : namedLabels.length >= 4 ? 'panel' : 'qa';
    reasons.push(`${turns} turns labelled ${repeated.slice(0, 4).map(([label]) => `“${label}:”`).join(', ')}${timestamps >= 3 ? ', with timestamps' : ''}`);
  }
  if (speech >= 4) {
    score += 4;
    reasons.push(`${speech} paragraphs quote someone with a speech verb (said, explained, noted…)`);
  } else if (speech >= 2) {
    score += 1;
    reasons.push(`${speech} paragraphs quote someone with a speech verb`);
  }
  if (intro) {
    score += 2;
    reasons.push('the writer says they spoke with someone');
  }
  if (introducedWithRole || /\bI['’]m\s[\p{Lu}][\p{L}’'-]+\s[\p{Lu}]/u.test(heading)) {
    score += 1;
    reasons.push('someone is introduced with their role');
  }
  if (pressRelease) {
    score -= 4;
    reasons.push('it reads like a press release');
  }
  if (!reasons.length) reasons.push('no sign of a conversation: no labelled turns, no quotes with speech verbs, nothing in the title');
  const isInterview = score >= 5;
  if (isInterview && format === 'none') format = 'narrative';
  if (!isInterview) format = 'none';
  return { isInterview, confidence: Math.max(0, Math.min(1, score / 10)), format, reasons };
}
