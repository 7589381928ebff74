import { resolve } from 'node:path';
import { paragraphs, seeded } from './article';
import { bundle, withChromiumPage } from './browser-page';

export interface AnchoringOptions {
  runs: number;
  peerRuns: number;
}

/** Anchoring on a ~300,000-character article with 200 saved highlights (issue: robust re-anchoring). */
export async function anchoringSuite(options: AnchoringOptions): Promise<Record<string, number>> {
  const script = await bundle(resolve(import.meta.dirname, 'anchoring.page.ts'));
  const html = paragraphs(300_000, seeded(7))
    .map((text) => `<p>${text}</p>`)
    .join('\n');
  return withChromiumPage(async (page) => {
    await page.setContent(`<!doctype html><html><body><article>${html}</article></body></html>`);
    await page.addScriptTag({ content: script });
    return page.evaluate((opts) => (window as unknown as { runAnchoringBench: (o: AnchoringOptions) => Promise<Record<string, number>> }).runAnchoringBench(opts), options);
  });
}
