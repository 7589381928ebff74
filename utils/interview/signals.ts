/**
 * What the always-on detector reads on a page, gathered once: its heading, its structured data and
 * a bounded sample of blocks (never a full walk of the page). Only this runs in the page: the
 * detector sends it to the background, which decides (`detectInterview`) off the page's thread.
 */

import { QUESTION_MARKER } from './labels';

export interface Signals {
  /** Title, og:title, descriptions, first h1 and the page's own web address, joined. */
  heading: string;
  /** The first JSON-LD blocks, truncated. */
  data: string;
  blocks: Block[];
}

export interface Block {
  text: string;
  /** Opens with a question marker ("Q:", "Frage 2:"). */
  marked: boolean;
  /** A heading or a bold opening that asks, of four words or more (it may still be a speaker's turn). */
  asking: boolean;
  /** For a question whose answer shares its paragraph (after a line break): that answer. */
  answer?: string;
}

/** Bounds of what is gathered, which the background's schema for it holds the page to. */
export const SIGNAL_LIMITS = {
  headingPart: 1000,
  heading: 6000,
  jsonLdBlocks: 3,
  jsonLdText: 20_000,
  data: 60_000,
  blocks: 60,
  blockText: 2000,
} as const;
const SAMPLED_BLOCKS = 'p, li, dd, h2, h3, h4, h5, h6';
const ASKS = /\?[\s”"»«“]*$/;

const meta = (doc: Document, selector: string) => doc.querySelector<HTMLMetaElement>(selector)?.content ?? '';

/** The page's own web address as words: never a local file's path, which says nothing about the page. */
const addressWords = (doc: Document) =>
  /^https?:$/.test(doc.location?.protocol ?? '') ? doc.location.pathname.replace(/[-_/.]+/g, ' ') : '';

function structuredData(doc: Document): string {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')]
    .slice(0, SIGNAL_LIMITS.jsonLdBlocks)
    .map((script) => (script.textContent ?? '').slice(0, SIGNAL_LIMITS.jsonLdText))
    .join(' ')
    .slice(0, SIGNAL_LIMITS.data);
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Blocks from the likeliest article container, at most SIGNAL_LIMITS.blocks, with questions marked. */
function sample(doc: Document): Block[] {
  const root = doc.querySelector('[itemprop="articleBody"], .entry-content, .post-content, article, main') ?? doc.body;
  if (!root) return [];
  // The browser finds the candidate blocks natively: a script loop over every element of the
  // container cost up to 18 ms cold on real pages, against about 1 ms for this.
  const elements = root.querySelectorAll(SAMPLED_BLOCKS);
  const blocks: Block[] = [];
  for (let k = 0, element = elements[0]; element && blocks.length < SIGNAL_LIMITS.blocks; element = elements[++k]) {
    if (element.closest('nav, aside, footer, form, pre, [class*="comment"], [class*="related"]')) continue;
    const text = squash(element.textContent).slice(0, SIGNAL_LIMITS.blockText);
    if (!text) continue;
    const heading = element.tagName.length === 2 && element.tagName[0] === 'H';
    // A bold opening that asks: the whole block, or its first part with the answer after a break.
    const lead = heading ? null : element.firstElementChild;
    const bold =
      lead && /^(B|STRONG)$/.test(lead.tagName) && text.startsWith(squash(lead.textContent))
        ? squash(lead.textContent)
        : '';
    // A question of four words or more: "Insecurities?" heads an essay's section, it asks nobody.
    // A question wholly in italics, as some magazines set them (an italic lead alone is emphasis).
    const italic = lead && /^(EM|I)$/.test(lead.tagName) && squash(lead.textContent) === text ? text : '';
    const asked = heading ? text : bold || italic;
    const marked = QUESTION_MARKER.test(text);
    const asking = ASKS.test(asked) && asked.split(' ').length >= 4;
    // A bold marker alone ("**Q.** What…?") is no question answered after a break: its answer follows.
    const answer =
      (marked || asking) && bold && bold.length < text.length - 20 && !isOnlyMarker(bold)
        ? text.slice(bold.length)
        : undefined;
    blocks.push({ text, marked, asking, ...(answer ? { answer } : {}) });
  }
  return blocks;
}

/** "Q." or "Frage 3:" with nothing after it. Read only for a bold lead that may hold an answer. */
const isOnlyMarker = (bold: string) => !QUESTION_MARKER.test(bold) && QUESTION_MARKER.test(`${bold} ?`);

export function gatherSignals(doc: Document): Signals {
  const heading = [
    doc.title,
    meta(doc, 'meta[property="og:title"]'),
    meta(doc, 'meta[name="description"]'),
    meta(doc, 'meta[property="og:description"]'),
    doc.querySelector('h1')?.textContent ?? '',
    addressWords(doc),
  ]
    .map((part) => part.slice(0, SIGNAL_LIMITS.headingPart))
    .join(' · ')
    .slice(0, SIGNAL_LIMITS.heading);
  return { heading, data: structuredData(doc), blocks: sample(doc) };
}
