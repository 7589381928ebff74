import { z } from '../validation/zod';
import { ANCHOR_STATES } from '../anchoring/selectors';
import { CatalogEntrySchema } from '../catalog/schema';
import {
  ArticleProjectsSchema,
  FragmentSchema,
  HighlightPatchSchema,
  HighlightSpeakerSchema,
  PositionSelectorSchema,
  ProjectsSchema,
  QuoteSelectorSchema,
  RecordIdSchema,
  SpeakerCorrectionsSchema,
} from '../messages/fields';
import { MAX_OTHER_EDITS } from '../db/records';
import { COLOURS } from '../paint/colours';
import { SettingsSchema } from '../settings/schema';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_ARTICLES,
  MAX_BACKUP_CATALOG,
  MAX_BACKUP_HIGHLIGHTS,
  MAX_BACKUP_VERDICTS,
  type Backup,
} from './format';

/** Tab addresses have no length limit of their own; this is far beyond any article's, yet bounded. */
const MAX_ADDRESS = 100_000;
const MAX_ADDRESSES = 10_000;

/** Milliseconds since 1970, as Date.now() gives them. */
// Up to the last instant a JavaScript Date can show: a later one would break every date display.
export const TimestampSchema = z.int().min(0).max(8_640_000_000_000_000);
const AddressSchema = z.url({ protocol: /^https?$/ }).max(MAX_ADDRESS);
const text = (max: number) => z.string().max(max);

export const ArticleRecordSchema = z
  .strictObject({
    id: RecordIdSchema,
    url: AddressSchema,
    urls: z.array(AddressSchema).min(1).max(MAX_ADDRESSES),
    // An untitled page is saved under its address.
    title: text(MAX_ADDRESS),
    site: text(300),
    author: text(300).optional(),
    published: text(100).optional(),
    projects: ArticleProjectsSchema.optional(),
    firstSeenAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  // The article is found through `urls` (utils/db/articles.ts), so its own address must be there.
  .refine((article) => article.urls.includes(article.url), {
    message: 'its address must be among its addresses',
    path: ['urls'],
  });

// The limits the reader's edits already obey (HighlightPatch), so an export always re-imports.
const { note: NoteSchema, tags: TagsSchema } = HighlightPatchSchema.shape;

const OtherEditSchema = z.strictObject({ note: NoteSchema.unwrap(), updatedAt: TimestampSchema });

export const HighlightRecordSchema = z
  .strictObject({
    id: RecordIdSchema,
    articleId: RecordIdSchema,
    quote: QuoteSelectorSchema,
    position: PositionSelectorSchema,
    colour: z.enum(COLOURS),
    note: NoteSchema.unwrap(),
    tags: TagsSchema.unwrap(),
    fragment: FragmentSchema.optional(),
    speaker: HighlightSpeakerSchema.optional(),
    projects: ProjectsSchema.optional(),
    anchorState: z.enum(ANCHOR_STATES).optional(),
    anchorCheckedAt: TimestampSchema.optional(),
    alsoEdited: z
      .union([
        z.array(OtherEditSchema).min(1).max(MAX_OTHER_EDITS),
        // A version 6 build kept one other note, not a list.
        OtherEditSchema.transform((edit) => [edit]),
      ])
      .optional(),
    dismissedEdits: z.array(OtherEditSchema).min(1).max(MAX_OTHER_EDITS).optional(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
  })
  // The extension never stores a tag twice; a backup or an undo that does is not its record.
  // (updatedAt may precede createdAt: the clock can be set back between the two.)
  .refine((highlight) => new Set(highlight.tags).size === highlight.tags.length, {
    message: 'a tag is repeated',
    path: ['tags'],
  });

export const PageCorrectionsSchema = z.strictObject({
  url: AddressSchema,
  isInterview: z.boolean().optional(),
  ...SpeakerCorrectionsSchema.partial().shape,
  updatedAt: TimestampSchema,
});

/** The whole file, once its format name, version and record counts were checked (utils/backup/parse.ts). */
export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.iso.datetime(),
  articles: z.array(ArticleRecordSchema).max(MAX_BACKUP_ARTICLES),
  highlights: z.array(HighlightRecordSchema).max(MAX_BACKUP_HIGHLIGHTS),
  catalog: z.array(CatalogEntrySchema).max(MAX_BACKUP_CATALOG),
  settings: SettingsSchema,
  verdicts: z.array(PageCorrectionsSchema).max(MAX_BACKUP_VERDICTS).optional(),
}) satisfies z.ZodType<Backup>;
