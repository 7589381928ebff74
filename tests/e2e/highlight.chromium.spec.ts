import { expect, test } from './support/chromium';
import { highlightSelectionWithToolbar, pageDatabases, paintedTexts, selectPhrase, waitForPainted } from './support/page-actions';
import { screenshotPath } from './support/paths';

const QUOTE = 'Throughout all these revolutions that came, you always see PyTorch there,';

test('Chromium: highlight a sentence, see it after reload and in the popup, delete it', async ({ extension, server }) => {
  const { context, extensionId } = extension;
  const articleUrl = `${server.origin}/why-pytorch-won.html?utm_source=e2e`;
  const page = await context.newPage();
  await page.goto(articleUrl);

  await selectPhrase(page, QUOTE);
  await highlightSelectionWithToolbar(page);
  await waitForPainted(page, QUOTE);
  await page.screenshot({ path: screenshotPath('chromium-highlighted.png') });

  await page.reload();
  await waitForPainted(page, QUOTE);
  expect(await pageDatabases(page)).toEqual([]);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?page=${encodeURIComponent(articleUrl)}`);
  const item = popup.getByRole('listitem').filter({ hasText: QUOTE });
  await expect(item).toBeVisible();
  await expect(popup.getByTestId('total-count')).toHaveText('1 highlight in all');
  await popup.screenshot({ path: screenshotPath('chromium-popup.png') });

  await item.getByRole('button', { name: 'Delete' }).click();
  await expect(item).toHaveCount(0);
  await expect(popup.getByText('No highlights on this page yet')).toBeVisible();

  await page.reload();
  await page.waitForLoadState('load');
  await page.waitForTimeout(500); // give a (wrongly) remaining highlight time to be painted
  expect(await paintedTexts(page)).toEqual([]);
  expect(await pageDatabases(page)).toEqual([]);
});
