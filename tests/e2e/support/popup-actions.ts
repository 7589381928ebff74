import type { Harness } from './harness';
import { type PageLike, waitUntil } from './page-actions';

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

/** Waits until the popup shows what `done` looks for (up to `timeoutMs`), and returns what it shows then. */
export const popupShows = (
  popup: PageLike,
  done: (state: ReturnType<typeof popupState>) => boolean,
  what: string,
  timeoutMs?: number,
) => waitUntil(popup, popupState, undefined, done, what, timeoutMs);
