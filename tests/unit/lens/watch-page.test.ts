// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPageChanges } from '@/utils/lens/watch-page';

describe('watchPageChanges', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    document.body.innerHTML = '<p id="quote">A queue is a promise.</p><span id="ticker">0</span>';
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  /** Lets the MutationObserver report, then moves the clock. */
  const advance = async (ms: number) => {
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(ms);
  };

  it('answers a burst of changes once, after the page settles', async () => {
    const onChange = vi.fn();
    watchPageChanges(document.body, controller.signal, onChange);
    document.getElementById('quote')!.textContent = 'A queue is a promise about the future.';
    await advance(100);
    document.getElementById('quote')!.textContent = 'A queue is a promise about the future, kept.';
    await advance(399);
    expect(onChange).not.toHaveBeenCalled();
    await advance(10);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('still answers within a second when the page changes every frame and never settles', async () => {
    const onChange = vi.fn();
    watchPageChanges(document.body, controller.signal, onChange);
    const ticker = document.getElementById('ticker')!;
    let frames = 0;
    while (frames < 120 && onChange.mock.calls.length === 0) {
      ticker.textContent = String(++frames);
      await advance(16);
    }
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(frames * 16).toBeLessThanOrEqual(1000 + 16);
  });

  it('ignores changes made inside the lens’s own UI', async () => {
    const onChange = vi.fn();
    watchPageChanges(document.body, controller.signal, onChange);
    const ui = document.createElement('interview-lens-ui');
    document.body.append(ui);
    await advance(1500);
    expect(onChange).not.toHaveBeenCalled();
  });
});
