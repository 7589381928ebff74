import { z } from '../validation/zod';
import { COLOURS } from '../paint/colours';
import { SIGNAL_LIMITS } from '../interview/signals';
import { MAX_ARTICLE_PROJECTS, MAX_CONTEXT, MAX_NOTE, MAX_QUOTE, MAX_TAG, MAX_TAGS } from './limits';

/** Schemas of a highlight's fields, shared by the messages (protocol.ts) and backups (utils/backup). */
export const shortText = (max: number) => z.string().max(max);

export const QuoteSelectorSchema = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z
    .string()
    .min(1)
    .max(MAX_QUOTE)
    .refine((s) => s.trim().length > 0, 'quote is only whitespace'),
  prefix: shortText(MAX_CONTEXT),
  suffix: shortText(MAX_CONTEXT),
});

export const PositionSelectorSchema = z
  .strictObject({
    type: z.literal('TextPositionSelector'),
    start: z.int().min(0),
    end: z.int().min(0),
  })
  .refine((p) => p.end > p.start, 'end must come after start');

/** A tag as the reader typed it: trimmed, one line, no commas (they separate tags). */
export const TagSchema = z
  .string()
  .trim()
  .min(1, 'a tag cannot be empty')
  .max(MAX_TAG, `a tag has at most ${MAX_TAG} characters`)
  .refine((tag) => !/[,\n\r]/.test(tag), 'a tag cannot hold commas or line breaks');

/** A person's name as the reader types or selects it. */
export const PersonNameSchema = z
  .string()
  .trim()
  .min(1, 'a name cannot be empty')
  .max(120, 'a name has at most 120 characters');

/** The reader's corrections of a page's people: renames (or merges into a name already there), the interviewer, added speakers. */
export const SpeakerCorrectionsSchema = z.strictObject({
  renames: z.array(z.strictObject({ from: PersonNameSchema, to: PersonNameSchema })).max(100),
  interviewer: PersonNameSchema.nullable(),
  people: z.array(PersonNameSchema).max(100),
});
export type SpeakerCorrections = z.infer<typeof SpeakerCorrectionsSchema>;

/** One correction of a page's people, as the reader makes it ("reset" forgets them all). */
export const SpeakerChangeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rename'), from: PersonNameSchema, to: PersonNameSchema }),
  z.strictObject({ kind: z.literal('interviewer'), name: PersonNameSchema }),
  z.strictObject({ kind: z.literal('speaker'), name: PersonNameSchema }),
  z.strictObject({ kind: z.literal('reset') }),
]);
export type SpeakerChange = z.infer<typeof SpeakerChangeSchema>;

/** Who said the highlighted words, with their roles as the article gives them, when they are inside an attributed quote. */
export const HighlightSpeakerSchema = z.strictObject({ name: shortText(200), roles: z.array(shortText(400)).max(10) });
export type HighlightSpeaker = z.infer<typeof HighlightSpeakerSchema>;

export const HighlightPatchSchema = z
  .strictObject({
    colour: z.enum(COLOURS).optional(),
    note: z
      .string()
      .max(MAX_NOTE, `a note has at most ${MAX_NOTE.toLocaleString('en')} characters`)
      .optional(),
    tags: z.array(TagSchema).max(MAX_TAGS, `at most ${MAX_TAGS} tags`).optional(),
    /** The reader's correction of who said it; null: no one (not a quote). */
    speaker: HighlightSpeakerSchema.nullable().optional(),
    /** null: the reader chose between this note and another device's, which is let go. */
    alsoEdited: z.null().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'nothing to change');
export type HighlightPatch = z.infer<typeof HighlightPatchSchema>;

/**
 * A record's id. The extension makes UUIDs, but a backup may carry any short id, and a highlight
 * imported under one must stay editable and deletable.
 */
export const RecordIdSchema = z.string().min(1).max(100);

/** Text-fragment directive (`:~:text=…`) for "open in context" links. */
export const FragmentSchema = shortText(8192).startsWith(':~:text=');

/** Projects the highlighted words name. */
export const ProjectsSchema = z.array(shortText(100)).max(50);

/** Projects the whole article names. */
export const ArticleProjectsSchema = z.array(shortText(100)).max(MAX_ARTICLE_PROJECTS);

const BlockSchema = z.strictObject({
  text: shortText(SIGNAL_LIMITS.blockText),
  marked: z.boolean(),
  asking: z.boolean(),
  answer: shortText(SIGNAL_LIMITS.blockText).optional(),
});
/** What the always-on detector gathers on a page (utils/interview/signals.ts), held to the bounds it gathers within. */
export const SignalsSchema = z.strictObject({
  heading: shortText(SIGNAL_LIMITS.heading),
  data: shortText(SIGNAL_LIMITS.data),
  blocks: z.array(BlockSchema).max(SIGNAL_LIMITS.blocks),
});
