/**
 * Calls `onChange` when the tab's address changes without a page load (single-page apps). Read
 * on a timer rather than from navigation events: the page can dispatch events but cannot fake its
 * own address, and a page that rewrites its address in a loop costs at most one call per tick.
 */
export function watchAddress(win: Window, signal: AbortSignal, onChange: () => void, everyMs = 500): void {
  let last = win.location.href;
  const timer = win.setInterval(() => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange();
  }, everyMs);
  signal.addEventListener('abort', () => win.clearInterval(timer));
}
