// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchAddress } from '@/utils/page/address-watch';

describe('watchAddress', () => {
  let controller: AbortController;
  const story = (name: string) => history.pushState({}, '', `/spa.html?story=${name}`);
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
    story('ray');
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  it('stays quiet while the page is at the address the lens shows', async () => {
    const onMoved = vi.fn();
    watchAddress(window, controller.signal, () => location.href, onMoved);
    await vi.advanceTimersByTimeAsync(5000);
    expect(onMoved).not.toHaveBeenCalled();
  });

  it('reports an in-page navigation within a tick, once per tick at most', async () => {
    const shown = location.href;
    const onMoved = vi.fn();
    watchAddress(window, controller.signal, () => shown, onMoved);
    story('jax');
    await vi.advanceTimersByTimeAsync(500);
    expect(onMoved).toHaveBeenCalledOnce();
    for (let k = 0; k < 50; k++) story(`loop-${k}`);
    await vi.advanceTimersByTimeAsync(500);
    expect(onMoved).toHaveBeenCalledTimes(2);
  });

  it('reports a trip away and back between two ticks when the lens followed the page away', async () => {
    let shown = location.href;
    const onMoved = vi.fn();
    watchAddress(window, controller.signal, () => shown, onMoved);
    story('jax');
    shown = location.href; // the lens noticed the new story by itself (its text changed)
    story('ray');
    await vi.advanceTimersByTimeAsync(500);
    expect(onMoved).toHaveBeenCalledOnce();
  });

  it('stops when the lens goes away', async () => {
    const onMoved = vi.fn();
    watchAddress(window, controller.signal, () => 'https://example.com/elsewhere', onMoved);
    controller.abort();
    await vi.advanceTimersByTimeAsync(2000);
    expect(onMoved).not.toHaveBeenCalled();
  });
});
