import type { Steps } from '../pace/steps';
import { upper } from '../text/elements';

/**
 * Where the article is: analysis reads the article body only, never navigation, sidebars,
 * related links, newsletter boxes, comments or code.
 */

const BOILERPLATE_TAGS = new Set([
  'NAV',
  'ASIDE',
  'FORM',
  'PRE',
  'CODE',
  'BUTTON',
  'FOOTER',
  'HEADER',
  'FIGCAPTION',
  'SVG',
]);
const BOILERPLATE_NAMES =
  /\b(related|newsletter|subscribe|signup|sign-up|comments?|share|sharing|social|promo|advert|ads?|sponsor|sidebar|widget|breadcrumbs?|tags|author-bio|author-box|bio|byline|recommend|more-stories|popular|trending|cookie|modal|video-promo|toc|table-of-contents|footnotes?|reviews?|testimonials?|ratings?|embed|embedded|oembed|readme)\b/i;

/** True for subtrees inside an article that are not its text. */
export function isBoilerplate(element: Element): boolean {
  return BOILERPLATE_TAGS.has(upper(element)) || namedBoilerplate(element);
}

/** True for an element whose class, id or role names boilerplate ("related", "newsletter"…). */
function namedBoilerplate(element: Element): boolean {
  if (!element.hasAttributes()) return false; // most paragraphs: nothing more to read
  const names = `${element.getAttribute('class') ?? ''} ${element.id ?? ''} ${element.getAttribute('role') ?? ''}`;
  return (
    names.trim() !== '' && BOILERPLATE_NAMES.test(names.replace(/[_-]+/g, ' ').replace(/\bauthor bio\b/, 'author-bio'))
  );
}

/**
 * True for an element inside navigation, a sidebar, a related-stories box… below `top`. Tags in
 * `read` count only by their names: a caption or the article's header is what presents the article.
 */
export function insideBoilerplate(element: Element, top: Element, read: ReadonlySet<string> = NONE): boolean {
  for (let current: Element | null = element; current && current !== top; current = current.parentElement)
    if (read.has(upper(current)) ? namedBoilerplate(current) : isBoilerplate(current)) return true;
  return false;
}
const NONE: ReadonlySet<string> = new Set();

const CONTENT_SELECTORS = [
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-content',
  '.article-content',
  '.article-body',
  '.story-body',
  '.gh-content',
  '.available-content',
  '.post-body',
  'article',
  '[role="main"]',
  'main',
];

/** Paragraph-level tags, each read from a live collection: a static list of a huge page's paragraphs is one long task to build. */
const PARAGRAPH_TAGS = ['p', 'li', 'blockquote', 'dd'];

/**
 * Text length of an element's paragraphs (a cheap stand-in for "how much article is here"). Each
 * paragraph is measured once per page: candidates hold the same paragraphs as the body.
 */
function* paragraphText(element: Element, lengths: Map<Element, number>): Steps<number> {
  let total = 0;
  for (const tag of PARAGRAPH_TAGS) {
    const found = element.getElementsByTagName(tag);
    for (let k = 0, p = found[0]; p; p = found[++k]) {
      yield;
      let length = lengths.get(p);
      if (length === undefined) lengths.set(p, (length = p.textContent?.length ?? 0));
      total += length;
    }
  }
  return total;
}

/**
 * The element holding the article body: a well-known content container when it holds most of the
 * page's paragraph text, otherwise the element that directly holds the most paragraph text. In
 * steps: it measures every paragraph of the page.
 */
export function* findArticleRoot(doc: Document): Steps<Element> {
  const body = doc.body ?? doc.documentElement;
  const lengths = new Map<Element, number>();
  const total = yield* paragraphText(body, lengths);
  for (const selector of CONTENT_SELECTORS) {
    let best: { element: Element; text: number } | null = null;
    for (const element of doc.querySelectorAll(selector)) {
      const text = yield* paragraphText(element, lengths);
      if (!best || text > best.text) best = { element, text };
      if (text >= total * 0.9) break; // holds nearly everything: no need to measure the rest
    }
    if (best && best.text >= total * 0.4 && best.text > 200) return best.element;
  }
  // Readability-style fallback: paragraph text counts fully for its parent and half for the
  // grandparent, so an article whose paragraphs each sit in a wrapper of their own still wins.
  const score = new Map<Element, number>();
  const paragraphs = body.getElementsByTagName('p');
  for (let k = 0, p = paragraphs[0]; p; p = paragraphs[++k]) {
    yield;
    const parent = p.parentElement;
    const length = lengths.get(p) ?? 0;
    if (parent) score.set(parent, (score.get(parent) ?? 0) + length);
    const grandparent = parent?.parentElement;
    if (grandparent) score.set(grandparent, (score.get(grandparent) ?? 0) + length / 2);
  }
  let best: Element = body;
  let bestScore = 0;
  for (const [element, value] of score) {
    if (value > bestScore) [best, bestScore] = [element, value];
  }
  return best;
}
