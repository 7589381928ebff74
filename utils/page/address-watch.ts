/**
 * Calls `onMoved` when the tab's address is no longer the one the lens shows highlights for
 * (`shownFor`): single-page apps change it without a page load. Read on a timer rather than from
 * navigation events: the page can dispatch events but cannot fake its own address, and a page
 * that rewrites its address in a loop costs at most one call per tick. Compared with what is
 * shown, not with the last tick: a trip away and back between two ticks still counts when the
 * lens followed the page away in between.
 */
export function watchAddress(
  win: Window,
  signal: AbortSignal,
  shownFor: () => string,
  onMoved: () => void,
  everyMs = 500,
): void {
  const timer = win.setInterval(() => {
    if (win.location.href !== shownFor()) onMoved();
  }, everyMs);
  signal.addEventListener('abort', () => win.clearInterval(timer));
}
