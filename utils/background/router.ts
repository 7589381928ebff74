import { brief, describeIssues, readableIssue } from '../validation/readable-issues';
import { storageFailure } from './storage-failure';
import { Request, type Reply } from '../messages/protocol';
import { classifySender, statedAddress, type SenderInfo } from './sender';
import { REQUESTS } from './handlers';
import { runEntry, type HandlerDeps } from './request-table';

export interface RouterContext {
  extensionId: string;
  extensionOrigin: string;
  /** What the handlers work with: the database, the clock, and the effects on tabs. */
  deps: HandlerDeps;
}

/**
 * Every runtime message enters here: schema first, then sender, then the handler. A message that
 * fails either check gets an error reply and reaches no handler, so it writes nothing.
 */
export async function routeMessage(raw: unknown, sender: SenderInfo, context: RouterContext): Promise<Reply> {
  const parsed = Request.safeParse(raw, { error: readableIssue });
  // A few problems, each short: a hostile message must not get a megabyte-long reply.
  if (!parsed.success) return { ok: false, error: `Invalid message: ${describeIssues(parsed.error.issues)}` };
  const request = parsed.data;
  const from = classifySender(sender, context.extensionId, context.extensionOrigin);
  if (from.kind === 'rejected') return { ok: false, error: `Rejected sender: ${from.why}` };
  if (from.kind === 'content' && 'page' in request) from.pageUrl = statedAddress(from.pageUrl, request.page.address);
  if (!REQUESTS[request.type].from.includes(from.kind)) {
    return { ok: false, error: `Rejected sender: ${request.type} is not accepted from ${from.kind}` };
  }
  try {
    return await runEntry(REQUESTS, request.type, request, { deps: context.deps, from });
  } catch (error) {
    return {
      ok: false,
      error:
        storageFailure(error) ??
        `Could not complete ${request.type}: ${brief((error as Error)?.message ?? String(error), 300)}`,
    };
  }
}
