import { brief, describeIssues, readableIssue } from '../validation/readable-issues';
import { storageFailure } from './storage-failure';
import { ALLOWED_FROM, Request, type Reply } from '../messages/protocol';
import { classifySender, statedAddress, type SenderInfo } from './sender';
import type { Handlers } from './handlers';

export interface RouterContext {
  extensionId: string;
  extensionOrigin: string;
  handlers: Handlers;
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
  if (!ALLOWED_FROM[request.type].includes(from.kind)) {
    return { ok: false, error: `Rejected sender: ${request.type} is not accepted from ${from.kind}` };
  }
  try {
    return await context.handlers.handle(request, from);
  } catch (error) {
    return { ok: false, error: storageFailure(error) ?? `Could not complete ${request.type}: ${brief((error as Error)?.message ?? String(error), 300)}` };
  }
}
