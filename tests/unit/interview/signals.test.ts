import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatherSignals, SIGNAL_LIMITS } from '@/utils/interview/signals';
import { SignalsSchema } from '@/utils/messages/fields';
import { fixturePages, loadPage } from './fixtures';

const HOSTILE = resolve(import.meta.dirname, '../../fixtures/hostile');

/** A page with every part the detector reads far past its bound. */
function oversizedPage(): string {
  const long = 'Interview '.repeat(600);
  const meta = (attribute: string, name: string) => `<meta ${attribute}="${name}" content="${long}">`;
  const jsonLd = `<script type="application/ld+json">{"genre":"${'x'.repeat(30_000)}"}</script>`;
  const paragraphs = Array.from({ length: 100 }, (_, k) => `<p>Q: question ${k}? ${long}</p>`).join('');
  return `<title>${long}</title>${meta('property', 'og:title')}${meta('name', 'description')}${meta('property', 'og:description')}${jsonLd.repeat(4)}<article><h1>${long}</h1>${paragraphs}</article>`;
}

describe('what the always-on script gathers', () => {
  it('stays within the bounds the background holds it to, on a page past every one of them', () => {
    document.documentElement.innerHTML = oversizedPage();
    const signals = gatherSignals(document);
    expect(SignalsSchema.safeParse(signals).success).toBe(true);
    // Five long parts here, each cut to its bound.
    expect(signals.heading.length).toBeGreaterThan(5 * SIGNAL_LIMITS.headingPart);
    expect(signals.heading.length).toBeLessThanOrEqual(SIGNAL_LIMITS.heading);
    expect(signals.data.length).toBe(SIGNAL_LIMITS.data);
    expect(signals.blocks).toHaveLength(SIGNAL_LIMITS.blocks);
    expect(signals.blocks[0]!.text).toHaveLength(SIGNAL_LIMITS.blockText);
  });

  it('passes the background’s check on every fixture page and every hostile page', () => {
    const hostile = readdirSync(HOSTILE)
      .filter((file) => file.endsWith('.html'))
      .map((file) => ({ name: file, html: readFileSync(resolve(HOSTILE, file), 'utf8') }));
    const pages = [...fixturePages(), ...hostile];
    expect(pages.length).toBeGreaterThan(30);
    const refused = pages.filter(
      (page) => !SignalsSchema.safeParse(gatherSignals(loadPage(page as Parameters<typeof loadPage>[0]))).success,
    );
    expect(refused.map((page) => page.name)).toEqual([]);
  });
});
