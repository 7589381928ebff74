import { expect } from '@playwright/test';
import type { Harness } from './harness';
import { ATTACKER_HOST, originOn, VICTIM_HOST } from './local-hosts';
import { highlightPhrase, paintedTexts, waitForPainted, waitUntil } from './page-actions';

/** On the victim's page only. */
const PRIVATE = 'The hardest part was not the hardware but agreeing on who owns a flaky test.';
/** On both pages: the neighbour copied it. */
const COPIED = 'Caching the dependency downloads cut a cold build from forty minutes to nine.';
/** On the neighbour's page only. */
const OWN = 'Anyone can publish on a neighbouring subdomain and claim to be somebody else’s article.';

/** Page-side: the popup's article title and its listed highlights. */
const popupArticle = () => ({
  title: document.querySelector('.article-title')?.textContent ?? '',
  items: [...document.querySelectorAll('article.highlight')].map((item) => item.textContent ?? ''),
});

async function popupArticleFor(harness: Harness, url: string) {
  const popup = await harness.openExtensionPage(`popup.html?page=${encodeURIComponent(url)}`);
  return waitUntil(popup, popupArticle, undefined, (article) => article.items.length > 0, `the popup of ${url}`);
}

/**
 * The reader highlights two sentences on victim.github.io; a page on attacker.github.io names that
 * article as its canonical address and copies one of the sentences. It must get nothing of the
 * article: no painted highlight it could read, no title, no highlight filed there, no "not found".
 */
export async function neighbouringSitesStayApart(harness: Harness): Promise<void> {
  const victimUrl = `${originOn(VICTIM_HOST, harness.origin)}/sibling-site/victim.html`;
  const attackerUrl = `${originOn(ATTACKER_HOST, harness.origin)}/sibling-site/attacker.html`;
  const page = await harness.newTab();
  await page.goto(victimUrl);
  await page.bringToFront();
  await highlightPhrase(page, COPIED);
  await highlightPhrase(page, PRIVATE);

  await page.goto(attackerUrl);
  await highlightPhrase(page, OWN);
  // After a reload its own highlight is painted from the same answer that would carry the
  // victim's: once it is there, theirs are not coming.
  await page.reload();
  await waitForPainted(page, OWN);
  expect(await paintedTexts(page)).toEqual([OWN]);

  const victim = await popupArticleFor(harness, victimUrl);
  expect(victim.title).toBe('Notes from the build farm — Mira’s blog');
  expect(victim.items).toHaveLength(2);
  for (const phrase of [COPIED, PRIVATE])
    expect(victim.items.find((item) => item.includes(phrase))).not.toContain('Not found');

  const attacker = await popupArticleFor(harness, attackerUrl);
  expect(attacker.title).toBe('Borrowed notes — a neighbour’s page');
  expect(attacker.items).toHaveLength(1);
  expect(attacker.items[0]).toContain(OWN);
}
