import { z } from '../validation/zod';
import { ANCHOR_STATES } from '../anchoring/selectors';
import { MAX_BACKUP_TEXT_LENGTH } from '../backup/format';
import { HighlightRecordSchema } from '../backup/schema';
import type { ImportReport } from '../backup/import';
import { CatalogEntrySchema, type CatalogEntry } from '../catalog/schema';
import type { HighlightRecord } from '../db/records';
import type { Detection } from '../interview/detect';
import type { PageSummary } from '../interview/report';
import type { Signals } from '../interview/signals';
import { COLOURS } from '../paint/colours';
import { SettingsPatchSchema as SettingsPatch, type Settings } from '../settings/schema';
import { SyncSetupInputSchema } from '../sync/setup';
import type { SyncStatus } from '../sync/status';
import {
  ArticleProjectsSchema as ArticleProjects,
  FragmentSchema as Fragment,
  HighlightPatchSchema as HighlightPatch,
  HighlightSpeakerSchema as Speaker,
  PositionSelectorSchema as PositionSelector,
  ProjectsSchema as Projects,
  QuoteSelectorSchema as QuoteSelector,
  RecordIdSchema as RecordId,
  shortText,
  SignalsSchema,
  SpeakerChangeSchema as SpeakerChange,
  type SpeakerCorrections,
} from './fields';

/** What a page says about itself. Untrusted: the page's address comes from the browser instead. */
export const PageFacts = z.strictObject({
  /**
   * The document's address as our content script reads it: after in-page navigation it is ahead of
   * the tab's address the browser reports. Taken only within the tab's origin (see statedAddress).
   */
  address: shortText(4096).optional(),
  canonical: shortText(4096).optional(),
  title: shortText(1000),
  site: shortText(300).optional(),
  author: shortText(300).optional(),
  published: shortText(100).optional(),
});
export type PageFacts = z.infer<typeof PageFacts>;

const WebAddress = z.url({ protocol: /^https?$/ }).max(4096);

export const Request = z.discriminatedUnion('type', [
  // The detector's signals: the background decides from them whether the page is an interview.
  z.strictObject({ type: z.literal('page:hello'), page: PageFacts, signals: SignalsSchema }),
  z.strictObject({ type: z.literal('lens:request') }),
  z.strictObject({ type: z.literal('page:highlights'), page: PageFacts }),
  z.strictObject({
    type: z.literal('highlight:create'),
    page: PageFacts,
    quote: QuoteSelector,
    position: PositionSelector,
    colour: z.enum(COLOURS),
    fragment: Fragment.optional(),
    speaker: Speaker.optional(),
    projects: Projects.optional(),
    articleProjects: ArticleProjects.optional(),
  }),
  z.strictObject({ type: z.literal('highlight:update'), id: RecordId, patch: HighlightPatch }),
  z.strictObject({ type: z.literal('highlight:delete'), id: RecordId }),
  /** The card's note frame reads its highlight here: framed in a page, its own storage is partitioned away. */
  z.strictObject({ type: z.literal('highlight:get'), id: RecordId }),
  /** The reader's verdict on a page (popup): an interview, not one, or "lens" to let the lens decide again. */
  z.strictObject({
    type: z.literal('page:verdict'),
    url: WebAddress,
    verdict: z.enum(['interview', 'not-interview', 'lens']),
  }),
  /**
   * The reader's correction of a page's people: from the popup, for the page at `url`; from the lens
   * ("this is a speaker" on a selection), always for the sender's own page.
   */
  z
    .strictObject({ type: z.literal('page:correct'), url: WebAddress.optional(), change: SpeakerChange })
    .refine(({ change }) => change.kind !== 'rename' || change.from !== change.to, 'the new name is the old one'),
  /** From the card's note frame (Escape): closes the card in the tab the frame is in. */
  z.strictObject({ type: z.literal('card:close') }),
  z.strictObject({ type: z.literal('catalog:add'), entry: CatalogEntrySchema }),
  z.strictObject({ type: z.literal('catalog:remove'), name: z.string().min(1).max(80) }),
  z.strictObject({ type: z.literal('catalog:list') }),
  /** The reader's colour choices, for the lens's toolbar and shortcut. */
  z.strictObject({ type: z.literal('lens:settings') }),
  /** Undo of a delete from the popup: the record as it was. */
  z.strictObject({ type: z.literal('highlight:restore'), highlight: HighlightRecordSchema }),
  z.strictObject({ type: z.literal('settings:update'), patch: SettingsPatch }),
  /** A backup file's text; utils/backup validates its content. */
  z.strictObject({
    type: z.literal('backup:import'),
    text: z.string().max(MAX_BACKUP_TEXT_LENGTH, 'The file is larger than 50 MB.'),
  }),
  z.strictObject({ type: z.literal('data:delete-all'), confirm: z.literal('delete everything') }),
  /** The options page turns sync on with the reader's server and passphrase. */
  z.strictObject({ type: z.literal('sync:on'), setup: SyncSetupInputSchema }),
  z.strictObject({ type: z.literal('sync:off') }),
  z.strictObject({ type: z.literal('sync:now') }),
  z.strictObject({ type: z.literal('sync:status') }),
  z.strictObject({
    type: z.literal('highlight:states'),
    page: PageFacts,
    states: z.array(z.strictObject({ id: RecordId, state: z.enum(ANCHOR_STATES) })).max(10_000),
  }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

interface Replies {
  'page:hello': { highlights: number };
  'lens:request': { injected: boolean };
  'page:highlights': { highlights: HighlightRecord[] };
  'highlight:create': { highlight: HighlightRecord };
  'highlight:update': { highlight: HighlightRecord };
  'highlight:delete': { deleted: boolean };
  'highlight:get': { found: HighlightRecord | null };
  'card:close': { closed: boolean };
  'page:verdict': { saved: boolean };
  /** The page's corrections as they now stand, and how many saved highlights took a new speaker name. */
  'page:correct': { corrections: SpeakerCorrections; renamed: number };
  'highlight:states': { updated: number };
  'catalog:add': { entry: CatalogEntry };
  'catalog:remove': { removed: boolean };
  'catalog:list': { entries: CatalogEntry[] };
  /** `verdict` and `people`: the reader's corrections of the sender's page, if they made any. */
  'lens:settings': Pick<Settings, 'defaultColour' | 'colourLabels' | 'underlines'> & {
    verdict: boolean | null;
    people: SpeakerCorrections;
  };
  'highlight:restore': { highlight: HighlightRecord };
  'settings:update': { settings: Settings };
  'backup:import': { report: ImportReport };
  'data:delete-all': Record<never, never>;
  'sync:on': { status: SyncStatus };
  'sync:off': { status: SyncStatus };
  'sync:now': { status: SyncStatus };
  'sync:status': { status: SyncStatus };
}

export type Failure = { ok: false; error: string };
export type ReplyTo<T extends RequestType> = ({ ok: true } & Replies[T]) | Failure;
export type Reply = ReplyTo<RequestType>;

/** Messages the background and the popup send to the content scripts in a tab. */
export type LensCommand =
  | { type: 'lens:ping' }
  | { type: 'lens:highlight-selection' }
  | { type: 'lens:refresh' }
  /** From the popup: scroll to a highlight and open its card; answered with { revealed }. */
  | { type: 'lens:reveal'; id: string }
  /** Answered by the lens: the interview analysis of the page, without its quotes. */
  | { type: 'lens:summary' }
  /** From the background, for the card's note frame: Escape was pressed there. */
  | { type: 'lens:close-card' }
  /** Answered by the always-on detector: what it gathered on the page, for the popup to say why it is read as it is. */
  | { type: 'page:signals' };
export type CommandType = LensCommand['type'];

/**
 * What each command is answered with; `undefined`: nothing, the sender does not wait for an answer
 * (not `void`, which would let such a handler return anything).
 */
interface CommandReplies {
  'lens:ping': { alive: true };
  'lens:highlight-selection': undefined;
  'lens:refresh': undefined;
  'lens:reveal': { revealed: boolean };
  /** The analysis without its quotes; on a page that is no interview, the detection that said so. */
  'lens:summary': PageSummary | Detection;
  'lens:close-card': undefined;
  'page:signals': Signals;
}
export type CommandReply<K extends CommandType> = CommandReplies[K];
