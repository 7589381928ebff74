// `npm run demo`: builds the Chrome extension, serves the bundled demo interview and opens it in
// Chromium with Interview Lens loaded. With a display, the browser stays open for you to try it;
// without one (or with --headless), it highlights two quotes and saves screenshots of the page and
// the popup, then prints their paths.
import { spawnSync } from 'node:child_process';
import { launchChromiumWithExtension } from '../tests/e2e/support/chromium';
import { highlightSelectionWithToolbar, selectPhrase, waitForPainted } from '../tests/e2e/support/page-actions';
import { PAGES, screenshotPath } from '../tests/e2e/support/paths';
import { serveFolder } from '../tests/e2e/support/static-server';
// @ts-expect-error plain ES module without types
import { ensureBrowsers } from './ensure-browsers.mjs';

const QUOTES = [
  'Every time the field reinvented itself, PyTorch was there,',
  'So if you’re talking to a chatbot today, there’s a good chance PyTorch is running underneath.',
];

ensureBrowsers(['chromium']);
if (spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const server = await serveFolder(PAGES);
const articleUrl = `${server.origin}/interviews/tns-why-pytorch-won.html`;
const { context, extensionId } = await launchChromiumWithExtension({ headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(articleUrl);

if (!headless) {
  console.log(`\nInterview Lens is loaded. Select a sentence on ${articleUrl} and click Highlight.`);
  console.log('Close the browser window to end the demo.');
  await new Promise((resolve) => context.on('close', resolve));
} else {
  for (const quote of QUOTES) {
    await selectPhrase(page, quote);
    await highlightSelectionWithToolbar(page);
    await waitForPainted(page, quote);
  }
  await page.reload();
  await waitForPainted(page, QUOTES[0]!);
  await selectPhrase(page, 'which rewards a model for good actions and pushes back on bad ones');
  await new Promise((resolve) => setTimeout(resolve, 400)); // the toolbar appears for this selection
  const pageShot = screenshotPath('demo-page.png');
  await page.screenshot({ path: pageShot });

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 420, height: 580 }); // the popup's own size
  await popup.goto(`chrome-extension://${extensionId}/popup.html?page=${encodeURIComponent(articleUrl)}`);
  await popup.getByRole('listitem').first().waitFor();
  const popupShot = screenshotPath('demo-popup.png');
  await popup.screenshot({ path: popupShot });

  console.log('\nNo display here, so the demo ran headless and saved:');
  console.log(`  page with highlights: ${pageShot}`);
  console.log(`  popup:                ${popupShot}`);
  await context.close();
}
await server.close();
