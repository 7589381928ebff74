import { z } from 'zod';
import { COLOURS } from '../paint/colours';
import type { HighlightRecord } from '../db/records';

// Extension pages forbid eval; zod must not even probe for it (web-ext lint flags the probe).
z.config({ jitless: true });

const MAX_QUOTE = 50_000;
const MAX_CONTEXT = 1_000;
const shortText = (max: number) => z.string().max(max);

/** What a page says about itself. Untrusted: the page's address comes from the browser instead. */
export const PageFacts = z.strictObject({
  canonical: shortText(4096).optional(),
  title: shortText(1000),
  site: shortText(300).optional(),
  author: shortText(300).optional(),
  published: shortText(100).optional(),
});
export type PageFacts = z.infer<typeof PageFacts>;

export const QuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1).max(MAX_QUOTE).refine((s) => s.trim().length > 0, 'quote is only whitespace'),
  prefix: shortText(MAX_CONTEXT),
  suffix: shortText(MAX_CONTEXT),
});

export const PositionSelector = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.int().min(0),
    end: z.int().min(0),
  })
  .refine((p) => p.end > p.start, 'end must come after start');

export const Request = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page:hello'), page: PageFacts }),
  z.strictObject({ type: z.literal('lens:request') }),
  z.strictObject({ type: z.literal('page:highlights'), page: PageFacts }),
  z.strictObject({
    type: z.literal('highlight:create'),
    page: PageFacts,
    quote: QuoteSelector,
    position: PositionSelector,
    colour: z.enum(COLOURS),
  }),
  z.strictObject({ type: z.literal('highlight:delete'), id: z.uuid() }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

/** Which senders may send each request. */
export const ALLOWED_FROM: Record<RequestType, ReadonlyArray<'content' | 'extension-page'>> = {
  'page:hello': ['content'],
  'lens:request': ['content'],
  'page:highlights': ['content'],
  'highlight:create': ['content'],
  'highlight:delete': ['content', 'extension-page'],
};

interface Replies {
  'page:hello': { highlights: number };
  'lens:request': { injected: boolean };
  'page:highlights': { highlights: HighlightRecord[] };
  'highlight:create': { highlight: HighlightRecord };
  'highlight:delete': { deleted: boolean };
}

export type Failure = { ok: false; error: string };
export type ReplyTo<T extends RequestType> = ({ ok: true } & Replies[T]) | Failure;
export type Reply = ReplyTo<RequestType>;

/** Messages the background sends to the lens in a tab. */
export type LensCommand =
  | { type: 'lens:ping' }
  | { type: 'lens:highlight-selection' }
  | { type: 'lens:refresh' };
