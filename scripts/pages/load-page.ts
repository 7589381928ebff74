// Reads a saved page (.html or .html.gz) into a happy-dom Document the way a browser would see it:
// decoded with the charset the page declares, at the address the page declares for itself
// (canonical link or og:url), never at its local file path, which could leak its name to the analyser.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';

/** An address that says nothing about the page: used when the page declares none. */
export const NEUTRAL_URL = 'https://page.invalid/';

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), else UTF-8. */
export function declaredCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i)?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    new TextDecoder(charset);
    return charset;
  } catch {
    return 'utf-8';
  }
}

/** The page's own address from its markup, if it gives an absolute http(s) one. */
export function declaredUrl(html: string): string | undefined {
  const head = html.slice(0, 200_000);
  const tags = head.match(/<link[^>]+rel=["']?canonical["']?[^>]*>|<meta[^>]+property=["']og:url["'][^>]*>/gi) ?? [];
  for (const tag of tags) {
    const url = tag.match(/\b(?:href|content)\s*=\s*["']([^"']+)["']/i)?.[1];
    if (url && /^https?:\/\/[^/\s]+/i.test(url)) {
      try {
        return new URL(url).href;
      } catch {
        // not a URL after all: try the next tag
      }
    }
  }
  return undefined;
}

export async function readPageText(file: string): Promise<string> {
  let bytes: Uint8Array = await readFile(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  return new TextDecoder(declaredCharset(bytes)).decode(bytes);
}

/** Parses HTML with scripts, styles, frames and network off; call `close` when done. */
export function parsePage(html: string): { document: Document; close: () => Promise<void> } {
  const window = new Window({
    url: declaredUrl(html) ?? NEUTRAL_URL,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
