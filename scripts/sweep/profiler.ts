import type { CDPSession } from '@playwright/test';
import { firstAbove } from '../../utils/sorted/first-above';

/** A Chrome trace event: only the fields read here. Times are in µs of the browser's monotonic clock. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { beginData?: { url?: string }; data?: { url?: string } };
}

/** A V8 CPU profile as the DevTools protocol returns it (only the fields read here); same clock as the trace. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string }; children?: number[] }>;
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Recording {
  events: TraceEvent[];
  profile: CpuProfile | null;
}

export interface Task {
  start: number;
  end: number;
}

// RunTask (every task of a thread) and ParseHTML (which thread is the page's) are in these.
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
const SAMPLING_INTERVAL_US = 100;

export const isExtensionUrl = (url: string): boolean => url.startsWith('chrome-extension://');

/**
 * Starts tracing the browser's tasks and, with `profile`, sampling the page's JavaScript (every
 * `samplingUs`: sampling often slows the page, so long tasks measured while sampling grow); the
 * returned function stops both and hands back what was recorded. Both go through the DevTools
 * protocol, so nothing runs in the page, and a page that sabotages its own globals cannot interfere.
 */
export async function startRecording(cdp: CDPSession, options: { profile: boolean; samplingUs?: number }): Promise<() => Promise<Recording>> {
  const events: TraceEvent[] = [];
  const collect = (batch: { value: object[] }) => events.push(...(batch.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES } });
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: options.samplingUs ?? SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
  }
  return async () => {
    const profile = options.profile ? (await cdp.send('Profiler.stop')).profile : null;
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return { events, profile };
  };
}

/**
 * The samples with an extension script anywhere on their stack: their total time in ms (each
 * sample lasting until the next one), and when each was taken (µs, ascending). A page function
 * called by the extension counts as the extension's; an extension callback the page triggers too.
 */
export function extensionSamples(profile: CpuProfile): { ms: number; times: number[] } {
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const urlOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame.url]));
  const known = new Map<number, boolean>();
  const inExtension = (id: number): boolean => {
    let answer = known.get(id);
    if (answer === undefined) {
      const parent = parentOf.get(id);
      answer = isExtensionUrl(urlOf.get(id) ?? '') || (parent !== undefined && inExtension(parent));
      known.set(id, answer);
    }
    return answer;
  };

  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let totalUs = 0;
  let at = profile.startTime;
  for (let k = 0; k < samples.length; k++) {
    at += deltas[k] ?? 0;
    if (!inExtension(samples[k]!)) continue;
    times.push(at);
    totalUs += k + 1 < samples.length ? (deltas[k + 1] ?? 0) : profile.endTime - at;
  }
  return { ms: totalUs / 1000, times };
}

/** Tasks over `overMs` on the main thread of the page at `pageUrl` (the thread that parsed it). */
export function longTasks(events: TraceEvent[], pageUrl: string, overMs = 50): Task[] {
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === pageUrl);
  if (!parse) return [];
  const tasks = events
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === parse.pid && event.tid === parse.tid && (event.dur ?? 0) > overMs * 1000)
    .map((event) => ({ start: event.ts, end: event.ts + event.dur! }))
    .sort((a, b) => a.start - b.start);
  // A task run inside another (a nested run loop) is part of that one, not a second long task.
  return tasks.filter((task, k) => !tasks.slice(0, k).some((outer) => outer.end >= task.end));
}

/** The tasks during which at least one of the (ascending) sample times was taken. */
export function tasksWithSamples(tasks: Task[], times: number[]): Task[] {
  return tasks.filter((task) => {
    const next = times[firstAbove(times, task.start)];
    return next !== undefined && next <= task.end;
  });
}
