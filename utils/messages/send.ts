import type { Request, ReplyTo, RequestType } from './protocol';
import { browser } from 'wxt/browser';

/** Sends a request to the background; a transport failure becomes an ordinary failed reply. */
export async function sendRequest<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<ReplyTo<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as ReplyTo<T> | undefined;
    return reply ?? { ok: false, error: 'Interview Lens did not answer. Reload the page and try again.' };
  } catch {
    return { ok: false, error: 'Interview Lens was updated or restarted. Reload the page and try again.' };
  }
}

/** How a part of the extension reaches the background; passed in where tests answer instead. */
export type SendRequest = typeof sendRequest;
