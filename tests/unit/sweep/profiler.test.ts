import { describe, expect, it } from 'vitest';
import {
  extensionSamples,
  longTasks,
  tasksWithSamples,
  type CpuProfile,
  type TraceEvent,
} from '../../../scripts/sweep/profiler';

const EXT = 'chrome-extension://abc/content-scripts/detector.js';

/** A profile of root → page script → (extension script) and root → extension script → page callback. */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { url: '' }, children: [2, 4] },
    { id: 2, callFrame: { url: 'http://site.test/app.js' }, children: [3] },
    { id: 3, callFrame: { url: EXT } },
    { id: 4, callFrame: { url: EXT }, children: [5] },
    { id: 5, callFrame: { url: 'http://site.test/app.js' } },
  ],
  startTime: 1_000,
  endTime: 1_600,
  // Samples at 1100 (page), 1200 (extension under page), 1300 (extension), 1400 (page code the extension called), 1500 (page).
  samples: [2, 3, 4, 5, 2],
  timeDeltas: [100, 100, 100, 100, 100],
};

describe('time spent in the extension', () => {
  it('counts a sample when any frame of its stack is the extension’s, for as long as it lasted', () => {
    const { ms, times } = extensionSamples(profile);
    expect(times).toEqual([1200, 1300, 1400]);
    expect(ms).toBe(0.3); // three samples of 100 µs each
  });
});

describe('long tasks', () => {
  const parse: TraceEvent = {
    name: 'ParseHTML',
    ph: 'X',
    pid: 1,
    tid: 7,
    ts: 0,
    dur: 5,
    args: { beginData: { url: 'http://site.test/' } },
  };
  const task = (ts: number, dur: number, tid = 7): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 1, tid, ts, dur });

  it('are tasks over 50 ms on the page’s own main thread, a nested one counted once', () => {
    const events = [parse, task(1_000, 40_000), task(100_000, 80_000), task(110_000, 60_000), task(300_000, 90_000, 9)];
    expect(longTasks(events, 'http://site.test/')).toEqual([{ start: 100_000, end: 180_000 }]);
    expect(longTasks(events, 'http://other.test/')).toEqual([]);
  });

  it('are the extension’s only when one of its samples fell inside them', () => {
    const tasks = [
      { start: 1_000, end: 2_000 },
      { start: 5_000, end: 6_000 },
    ];
    expect(tasksWithSamples(tasks, [500, 5_500, 9_000])).toEqual([{ start: 5_000, end: 6_000 }]);
    expect(tasksWithSamples(tasks, [])).toEqual([]);
  });
});
