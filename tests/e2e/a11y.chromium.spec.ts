import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './support/chromium';
import { clickPainted, highlightPhrase, noteFieldShown, selectPhrase, toolbarBox } from './support/page-actions';
import { screenshotPath } from './support/paths';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe tags them. */
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCHEMES = ['light', 'dark'] as const;
const QUOTE = 'Every time the field reinvented itself, PyTorch was there';

/** axe's violations on the page as it is now, one line each: rule, then where. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: Array<{ id: string; nodes: Array<{ target: string[]; failureSummary?: string }> }>;
          }>;
        };
      }
    ).axe;
    const { violations: found } = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return found.flatMap((violation) =>
      violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    );
  }, WCAG);
}

/** What the DevTools protocol gives of a node (the parts read here). */
interface DomNode {
  nodeId: number;
  nodeName: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The lens's UI as markup: its closed shadow root read through the DevTools protocol (pages cannot),
 * without the note frame, which is checked as its own page.
 */
async function lensMarkup(context: BrowserContext, page: Page): Promise<string> {
  const session = await context.newCDPSession(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | undefined =>
    node.nodeName === 'INTERVIEW-LENS-UI'
      ? node
      : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean);
  const shadow = find(root)!.shadowRoots![0]!;
  const parts = await Promise.all(
    (shadow.children ?? []).map((child) => session.send('DOM.getOuterHTML', { nodeId: child.nodeId })),
  );
  await session.detach();
  return parts
    .map((part) => (part as { outerHTML: string }).outerHTML)
    .join('')
    .replace(/<iframe[^>]*><\/iframe>/g, '<div class="note-frame-stand-in"></div>');
}

/** Shows lens markup in an open shadow root of a plain page, where axe can see it, in a colour scheme. */
async function showToAxe(page: Page, markup: string, scheme: (typeof SCHEMES)[number]): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>The lens’s UI</title></head><body><main><p>An article.</p></main><div id="host"></div></body></html>',
  );
  await page.evaluate((html) => {
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = html;
  }, markup);
}

/** Opens each popup view in turn as a reader would (This page with its folds open, then the other tabs, a group open) and calls `visit` on it. */
async function eachPopupView(popup: Page, visit: (view: string) => Promise<void>): Promise<void> {
  await popup.locator('.summary').waitFor();
  await popup.locator('.corrections summary').click();
  await popup.locator('.summary-reasons summary').click();
  await visit('This page');
  for (const view of ['Library', 'People', 'Projects']) {
    await popup.getByRole('tab', { name: view }).click();
    await popup.locator('article.highlight').first().waitFor({ state: 'attached' });
    if (view !== 'Library') await popup.locator('details.group summary').first().click();
    await visit(view);
  }
}

test('Chromium: axe finds no WCAG 2.2 A/AA violation in the popup views, the options page, the card, its note and the toolbar, light and dark', async ({
  extension,
  server,
}) => {
  const { context, extensionId } = extension;
  const url = `${server.origin}/interviews/tns-why-pytorch-won.html?case=axe`;
  const page = await context.newPage();
  await page.goto(url);
  await highlightPhrase(page, QUOTE);
  await clickPainted(page, QUOTE);
  await noteFieldShown(page);
  const card = await lensMarkup(context, page);
  const noteFrame = page
    .frames()
    .find((frame) => frame.url().includes('note-editor.html'))!
    .url();
  await page.keyboard.press('Escape');
  await selectPhrase(page, 'A big ecosystem came with it.');
  await toolbarBox(page);
  const toolbar = await lensMarkup(context, page);

  const found: Record<string, string[]> = {};
  const check = async (what: string, tab: Page) => {
    found[what] = await violations(tab);
  };
  for (const scheme of SCHEMES) {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?page=${encodeURIComponent(url)}`);
    await eachPopupView(popup, (view) => check(`${scheme}: popup, ${view}`, popup));
    await popup.screenshot({ path: screenshotPath(`chromium-popup-projects-${scheme}.png`) });
    await popup.close();

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('.catalog-form').waitFor();
    await check(`${scheme}: options`, options);
    await options.screenshot({ path: screenshotPath(`chromium-options-${scheme}.png`), fullPage: true });
    await options.close();

    const note = await context.newPage();
    await note.emulateMedia({ colorScheme: scheme });
    await note.goto(noteFrame);
    await note.locator('textarea').waitFor();
    await check(`${scheme}: the card’s note`, note);
    await note.close();

    const shown = await context.newPage();
    await showToAxe(shown, card, scheme);
    await check(`${scheme}: the card`, shown);
    await shown.screenshot({ path: screenshotPath(`chromium-card-axe-${scheme}.png`) });
    await showToAxe(shown, toolbar, scheme);
    await check(`${scheme}: the toolbar`, shown);
    await shown.close();
  }
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((what) => [what, []])));
});

/** Page-side: whether the page scrolls sideways, and the controls that stick out of it left or right. */
const sideways = () => ({
  scrolls: document.documentElement.scrollWidth > innerWidth + 1,
  clipped: [...document.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary')]
    .filter((control) => control.getClientRects().length > 0)
    .filter((control) => {
      const box = control.getBoundingClientRect();
      return box.left < -1 || box.right > innerWidth + 1;
    })
    .map((control) => control.getAttribute('aria-label') ?? control.textContent?.trim() ?? control.tagName),
});

test('Chromium: at 200 % zoom every popup view fits its width: no sideways scroll, no control cut off', async ({
  extension,
  server,
}) => {
  const { context, extensionId } = extension;
  const url = `${server.origin}/interviews/tns-why-pytorch-won.html?case=zoom`;
  const page = await context.newPage();
  await page.goto(url);
  await highlightPhrase(page, QUOTE);
  const popup = await context.newPage();
  // A popup is at most 800 × 600 pixels; at 200 % zoom that leaves it 400 × 300 CSS pixels.
  await popup.setViewportSize({ width: 400, height: 300 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?page=${encodeURIComponent(url)}`);
  const seen: Record<string, ReturnType<typeof sideways>> = {};
  await eachPopupView(popup, async (view) => {
    seen[view] = await popup.evaluate(sideways);
    await popup.screenshot({
      path: screenshotPath(`chromium-popup-zoom-200-${view.toLowerCase().replace(' ', '-')}.png`),
    });
  });
  expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((view) => [view, { scrolls: false, clipped: [] }])));
});
