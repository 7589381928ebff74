import type { LensDatabase } from '../db/database';
import type { ArticleRecord } from '../db/records';
import type { LensCommand, ReplyTo, Request, RequestType } from '../messages/protocol';
import { isSiteDisabled } from '../settings/sites';
import { readSettings } from '../settings/store';
import type { SyncController } from '../sync/controller';
import type { SenderKind } from './sender';

export interface HandlerDeps {
  db: LensDatabase;
  now: () => number;
  /** Loads the lens into a tab (scripting API in the real background). */
  injectLens: (tabId: number) => Promise<void>;
  /** Lower-cased names and aliases of the bundled catalog (the reader's entries may not reuse them). */
  bundledNames: ReadonlySet<string>;
  /** Tells the tabs showing an article that its highlights changed. */
  notifyChanged: (article: ArticleRecord) => void;
  /** Asks every open lens to read its highlights again (after an import or a wipe). */
  refreshAll: () => void;
  /** Sends a command to the lens in one tab. */
  tellTab: (tabId: number, command: LensCommand) => void;
  /** Sync with the reader's own server (off unless the reader turned it on). */
  sync: SyncController;
}

/** A sender the router let through. */
export type Accepted = Exclude<SenderKind, { kind: 'rejected' }>;
export type RequestOf<K extends RequestType> = Extract<Request, { type: K }>;

type Fields<K extends RequestType> = keyof Extract<ReplyTo<K>, { ok: true }>;
/** Every field some reply has. */
type ReplyField = { [K in RequestType]: Fields<K> }[RequestType];
/**
 * A request's own reply, with no field of another's: without this, `data:delete-all`'s empty reply
 * (or any reply with fewer fields than another) would let its handler answer with another's.
 */
export type OwnReply<K extends RequestType> = ReplyTo<K> & { [F in Exclude<ReplyField, Fields<K>>]?: never };

export interface HandlerContext {
  deps: HandlerDeps;
  from: Accepted;
}

/** Everything the background knows about one request type. */
export interface Entry<K extends RequestType> {
  /** Who may send it; the router refuses anyone else before the handler runs. */
  from: ReadonlyArray<Accepted['kind']>;
  /**
   * While the lens is paused or off on the sending page's site: 'works' (the handler runs as ever),
   * or the reply the page gets instead, given the reason to tell the reader.
   */
  whilePaused: 'works' | ((why: string) => OwnReply<K>);
  /** Its reply type is this request's own, so a handler answering with another's fails tsc. */
  handle: (request: RequestOf<K>, context: HandlerContext) => Promise<OwnReply<K>>;
}

export type RequestTable = { [K in RequestType]: Entry<K> };

/** A refusal, with its reason for the reader. */
export const fail = (error: string) => ({ ok: false as const, error });

/** Why the lens is off on this page (paused, or the reader switched its site off), if it is. */
async function switchedOff(db: LensDatabase, pageUrl: string): Promise<string | null> {
  const settings = await readSettings(db);
  if (settings.paused) return 'Interview Lens is paused. Resume it in its options.';
  const host = URL.canParse(pageUrl) ? new URL(pageUrl).hostname : '';
  return isSiteDisabled(settings, host) ? `Interview Lens is off on ${host}. Switch it back on in its options.` : null;
}

/**
 * Runs the table's entry for one request. Generic in the type so the entry found and the request
 * given belong together: the reply is typed as that request's own.
 */
export async function runEntry<K extends RequestType>(
  table: RequestTable,
  type: K,
  request: RequestOf<K>,
  context: HandlerContext,
): Promise<ReplyTo<K>> {
  const entry: Entry<K> = table[type];
  const { whilePaused } = entry;
  // Only a page can be switched off: the popup and options pages work while paused.
  if (whilePaused !== 'works' && context.from.kind === 'content') {
    const off = await switchedOff(context.deps.db, context.from.pageUrl);
    if (off) return whilePaused(off);
  }
  return entry.handle(request, context);
}
