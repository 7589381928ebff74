/** The longest the page's own work may hold back a call made when idle. */
const IDLE_TIMEOUT_MS = 2000;

/** Calls `run` once the page is idle (after its own loading work), or after IDLE_TIMEOUT_MS at the latest. */
export function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(run, 0);
}
