/**
 * Calls `onChange` when the tab's address changes without a page load (single-page apps). Read
 * on a timer rather than from navigation events: the page can dispatch events but cannot fake its
 * own address. A new address counts once it has held for a whole tick: a page rewriting its
 * address in a loop costs nothing, and the browser has had time to give the tab that address
 * (Firefox tells the extension a moment after the page changed it, and the background trusts
 * only the tab's address).
 */
export function watchAddress(win: Window, signal: AbortSignal, onChange: () => void, everyMs = 500): void {
  let answered = win.location.href;
  let seen = answered;
  const timer = win.setInterval(() => {
    const now = win.location.href;
    const held = now === seen;
    seen = now;
    if (!held || now === answered) return;
    answered = now;
    onChange();
  }, everyMs);
  signal.addEventListener('abort', () => win.clearInterval(timer));
}
