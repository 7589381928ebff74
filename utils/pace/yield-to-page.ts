/**
 * Gives the main thread back to the page (its input, its rendering) and resumes as soon as it is
 * free. Not `setTimeout(0)`: browsers hold nested timers back by at least 4 ms, which added a third
 * to the reading of a long page done in 8 ms slices. `scheduler.yield` (Chromium) resumes ahead of
 * other queued tasks; elsewhere a message on a channel of our own is a task without the clamp.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}
