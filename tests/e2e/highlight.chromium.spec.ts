import { chromiumHarness as harness, test } from './support/chromium';
import {
  toolbarBox,
  toolbarClosed,
  highlightSelectionWithToolbar,
  selectPhrase,
  waitForPainted,
} from './support/page-actions';
import { ARTICLE, SCENARIOS } from './support/scenarios';

for (const [name, scenario] of SCENARIOS) {
  test(`Chromium: ${name}`, async ({ extension, server }) => {
    await scenario(harness(extension.context, extension.extensionId, server.origin));
  });
}

test('Chromium: a highlight is saved even when the browser stopped the service worker after the page loaded', async ({
  extension,
  server,
}) => {
  const { context } = extension;
  const articleUrl = `${server.origin}/${ARTICLE}?case=worker-stopped`;
  const phrase = 'They run PyTorch in production';
  const page = await context.newPage();
  await page.goto(articleUrl);
  await selectPhrase(page, 'A big ecosystem came with it.'); // the lens is loaded while the worker runs
  await toolbarBox(page);

  // Stop every service worker, as Chrome does to an idle extension, and wait until ours is down.
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) =>
    cdp.on(
      'ServiceWorker.workerVersionUpdated',
      ({ versions }) => versions.some((v) => v.runningStatus === 'stopped') && resolve(),
    ),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;

  // The first selection's toolbar goes away before the next selection (it sits close by).
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await toolbarClosed(page);
  await selectPhrase(page, phrase);
  await highlightSelectionWithToolbar(page); // the lens's message wakes the worker, which saves
  await waitForPainted(page, phrase);
  await page.reload();
  await waitForPainted(page, phrase);
});
