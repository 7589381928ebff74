import { OWN_UI_TAG_PREFIX } from '../text/elements';

const isOwnUi = (node: Node) => node.nodeName.toUpperCase().startsWith(OWN_UI_TAG_PREFIX);

/**
 * Calls `onChange` after the page's content changes (late-loading articles, framework
 * re-renders), debounced and at most once per `minIntervalMs`, so busy pages cost little.
 * The lens's own UI does not count.
 */
export function watchPageChanges(
  root: Element,
  signal: AbortSignal,
  onChange: () => void,
  { debounceMs = 400, minIntervalMs = 2000 } = {},
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;
  const observer = new MutationObserver((records) => {
    const relevant = records.some(
      (record) => !isOwnUi(record.target) && ![...record.addedNodes, ...record.removedNodes].every(isOwnUi),
    );
    if (!relevant) return;
    clearTimeout(timer);
    const wait = Math.max(debounceMs, lastRun + minIntervalMs - Date.now());
    timer = setTimeout(() => {
      lastRun = Date.now();
      onChange();
    }, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
