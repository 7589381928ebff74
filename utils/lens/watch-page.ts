import { OWN_UI_TAG_PREFIX } from '../text/elements';

const isOwnUi = (node: Node) => node.nodeName.toUpperCase().startsWith(OWN_UI_TAG_PREFIX);

/**
 * Calls `onChange` after the page's content changes (late-loading articles, framework
 * re-renders), debounced and at most once per `minIntervalMs`, so busy pages cost little.
 * A page that never stops changing (a ticker re-rendered every frame) still gets a call
 * `maxWaitMs` after its first unanswered change. The lens's own UI does not count.
 */
export function watchPageChanges(
  root: Element,
  signal: AbortSignal,
  onChange: () => void,
  { debounceMs = 400, minIntervalMs = 2000, maxWaitMs = 1000, now = Date.now } = {},
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;
  let firstUnanswered: number | null = null;
  const observer = new MutationObserver((records) => {
    const relevant = records.some(
      (record) => !isOwnUi(record.target) && ![...record.addedNodes, ...record.removedNodes].every(isOwnUi),
    );
    if (!relevant) return;
    clearTimeout(timer);
    const at = now();
    firstUnanswered ??= at;
    const settled = Math.min(at + debounceMs, firstUnanswered + maxWaitMs);
    timer = setTimeout(
      () => {
        lastRun = now();
        firstUnanswered = null;
        onChange();
      },
      Math.max(settled, lastRun + minIntervalMs) - at,
    );
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
