// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchAddress } from '@/utils/page/address-watch';

describe('watchAddress', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('answers an in-page navigation once the new address has held for a tick', () => {
    const onChange = vi.fn();
    watchAddress(window, controller.signal, onChange);
    history.pushState(null, '', '/story/jax');
    vi.advanceTimersByTime(500);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('ignores forged navigation events and costs one call for a page that rewrites its address in a loop', () => {
    const onChange = vi.fn();
    watchAddress(window, controller.signal, onChange);
    for (let k = 0; k < 200; k++) window.dispatchEvent(new Event('popstate'));
    vi.advanceTimersByTime(1000);
    expect(onChange).not.toHaveBeenCalled();
    for (let k = 0; k < 20; k++) {
      history.pushState(null, '', `/story/${k}`);
      vi.advanceTimersByTime(100);
    }
    vi.advanceTimersByTime(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
