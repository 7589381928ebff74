import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToPage } from '@/utils/pace/yield-to-page';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('yielding to the page between slices', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yielded });
    await yieldToPage();
    expect(yielded).toHaveBeenCalledOnce();
  });

  it('elsewhere resumes without a timer (timers are held back 4 ms when nested), after the tasks already queued', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    const queued = new MessageChannel();
    queued.port1.onmessage = () => order.push('page task');
    queued.port2.postMessage(null);
    // With timers frozen, a setTimeout-based pause would never resume.
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'setImmediate'] });
    await yieldToPage();
    order.push('resumed');
    queued.port1.close();
    expect(order).toEqual(['page task', 'resumed']);
  });
});
