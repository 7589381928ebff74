import type { Harness } from './harness';

/** Page-side: the popup as the reader sees it. */
export const popupState = () => ({
  items: [...document.querySelectorAll('article.highlight')].map((item) => item.textContent ?? ''),
  total: document.querySelector('[data-testid="total-count"]')?.textContent ?? '',
  empty: document.querySelector('.empty-title')?.textContent ?? '',
  summary: document.querySelector('.summary')?.textContent ?? '',
});

/** Opens the popup as it shows for a tab at `articleUrl`. */
export const popupFor = (harness: Harness, articleUrl: string) =>
  harness.openExtensionPage(`popup.html?page=${encodeURIComponent(articleUrl)}`);
