import { buildTextIndex, type TextIndex } from '../text/text-index';
import type { Paragraph } from './paragraphs';
import { paragraphsOf } from './paragraphs';
import type { People } from './people';
import type { Turn } from './turns';

/**
 * An "ask me anything" read as a Q&A: the guest's post and every comment in the thread are turns,
 * each by its author. The guest is the original poster; everyone else asks. Comment threads are
 * boilerplate on any other page, so this reading runs only for pages that call themselves an AMA.
 */

export const AMA_WORDING = /\b(?:AMA|ask me anything|IAmA)\b/;

/** Where the guest's own post and the comments' words sit, as forums mark them up. */
const POST_BODY = '.toptext, [class*="selftext"], [class*="post-body"], [class*="post-content"]';
const COMMENT_BODY =
  '.commtext, [class*="comment-body"], [class*="comment-content"], [class*="comment__body"], [class*="comment-text"], .md';
const AUTHOR = '.hnuser, [class*="author"], [class*="username"], [rel="author"]';
/** A thread's furniture: headers with ages and votes, reply links, the comment form. */
const CHROME =
  '.comhead, .subtext, .reply, .navs, .pagetop, .yclinks, form, nav, footer, script, style, [class*="reply"], [class*="vote"], [class*="score"], [class*="comhead"]';
const FLAGGED = /^\[(?:flagged|dead|deleted|removed)\]$/i;

interface Post {
  author: string;
  op: boolean;
  body: Element;
}

/** The author shown with a post or comment: the nearest author element above its body, outside it. */
function authorOf(body: Element): Element | null {
  let scope: Element | null = body.parentElement;
  for (let depth = 0; scope && depth < 6; depth++, scope = scope.parentElement) {
    const author = [...scope.querySelectorAll(AUTHOR)].find((element) => !body.contains(element));
    if (author) return author;
  }
  return null;
}

const isOp = (author: Element) => /(?:^|\s)(?:op|submitter|is-op)(?:\s|$)/.test(author.getAttribute('class') ?? '');

/** The common ancestor of every post: the thread the index is built over. */
function threadRoot(bodies: readonly Element[]): Element {
  let root = bodies[0]!;
  while (root.parentElement && !bodies.every((body) => root.contains(body))) root = root.parentElement;
  return root;
}

/**
 * The thread's turns, in page order, with the index they refer to; null when the page has no
 * guest post and at least two comments to read.
 */
export function readThread(
  doc: Document,
  people: People,
  guestName: string | undefined,
): { index: TextIndex; paragraphs: Paragraph[]; turns: Turn[] } | null {
  const body = doc.body ?? doc.documentElement;
  const submission = body.querySelector(POST_BODY);
  const comments = [...body.querySelectorAll(COMMENT_BODY)];
  if (!submission || comments.length < 2) return null;
  const opAuthor = authorOf(submission);
  const posts: Post[] = [submission, ...comments].flatMap((element) => {
    const author = element === submission ? opAuthor : authorOf(element);
    const name = author?.textContent?.trim();
    return name
      ? [
          {
            author: name,
            op: element === submission || isOp(author!) || name === opAuthor?.textContent?.trim(),
            body: element,
          },
        ]
      : [];
  });
  if (posts.length < 3) return null;

  const index = buildTextIndex(threadRoot(posts.map((post) => post.body)), {
    skip: (element) => element.matches(CHROME),
  });
  const paragraphs = paragraphsOf(index);
  const guest = guestName ? people.add(guestName) : null;
  if (guest && posts[0]!.author !== guest.name) people.addAlias(guest, posts[0]!.author);
  const turns: Turn[] = [];
  for (const post of posts) {
    const blocks = paragraphs.flatMap((paragraph, p) =>
      post.body === paragraph.element || post.body.contains(paragraph.element) ? [p] : [],
    );
    const text = blocks.map((p) => paragraphs[p]!.text).join(' ');
    if (!blocks.length || FLAGGED.test(text)) continue;
    const speaker = post.op && guest ? guest : (people.find(post.author) ?? people.add(post.author) ?? null);
    const last = paragraphs[blocks.at(-1)!]!;
    turns.push({
      label: post.author,
      speaker,
      asks: !post.op,
      text,
      start: paragraphs[blocks[0]!]!.start,
      end: last.start + last.text.length,
      first: blocks[0]!,
      last: blocks.at(-1)!,
    });
  }
  return { index, paragraphs, turns };
}
