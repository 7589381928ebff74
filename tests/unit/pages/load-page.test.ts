import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { declaredCharset, declaredUrl, NEUTRAL_URL, parsePage, readPageText } from '../../../scripts/pages/load-page';

const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));

describe('reading a saved page as a browser would', () => {
  it('decodes with the charset the page declares, gzipped or not', async () => {
    const html =
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><title>Gespräch</title></head><body><p>Schlaf und Gesundheit: „Was hilft wirklich?“</p></body></html>';
    const bytes = latin1(html.replace('„', '"').replace('“', '"'));
    expect(declaredCharset(bytes)).toBe('iso-8859-1');
    const dir = mkdtempSync(join(tmpdir(), 'lens-page-'));
    writeFileSync(join(dir, 'page.html.gz'), gzipSync(bytes));
    expect(await readPageText(join(dir, 'page.html.gz'))).toContain('Schlaf und Gesundheit');
    expect(declaredCharset(new TextEncoder().encode('<p>no declaration</p>'))).toBe('utf-8');
  });

  it('opens the page at the address it declares, never at its file path', async () => {
    expect(declaredUrl('<link rel="canonical" href="https://example.org/interview-with-jane">')).toBe(
      'https://example.org/interview-with-jane',
    );
    expect(declaredUrl('<meta property="og:url" content="/relative">')).toBeUndefined();
    const page = parsePage('<html><head><title>A page</title></head><body><p>Text</p></body></html>');
    expect(page.document.location.href).toBe(NEUTRAL_URL);
    await page.close();
  });
});
