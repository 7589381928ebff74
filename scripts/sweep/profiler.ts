import type { CDPSession } from '@playwright/test';
import { firstAbove } from '../../utils/text/first-above';

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

/** A span of main-thread time (a task, a sample), in µs of the trace clock. */
export interface Span {
  start: number;
  end: number;
}

/** A task of the page's main thread. */
export type Task = Span;

export interface Recording {
  events: TraceEvent[];
  profile: CpuProfile | null;
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
export async function startRecording(
  cdp: CDPSession,
  options: { profile: boolean; samplingUs?: number },
): Promise<() => Promise<Recording>> {
  const events: TraceEvent[] = [];
  const collect = (batch: { value: object[] }) => events.push(...(batch.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
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
 * The samples with an extension script anywhere on their stack, each lasting until the next one.
 * A page function called by the extension counts as the extension's; an extension callback the
 * page triggers too.
 */
function extensionSampleSpans(profile: CpuProfile): Span[] {
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
  const spans: Span[] = [];
  let at = profile.startTime;
  for (let k = 0; k < samples.length; k++) {
    at += deltas[k] ?? 0;
    if (!inExtension(samples[k]!)) continue;
    spans.push({ start: at, end: k + 1 < samples.length ? at + (deltas[k + 1] ?? 0) : profile.endTime });
  }
  return spans;
}

/** The extension's samples: their total time in ms, and when each was taken (µs, ascending). */
export function extensionSamples(profile: CpuProfile): { ms: number; times: number[] } {
  const spans = extensionSampleSpans(profile);
  return {
    ms: spans.reduce((sum, span) => sum + span.end - span.start, 0) / 1000,
    times: spans.map((span) => span.start),
  };
}

/** The main thread of the page at `pageUrl`: the one that parsed it. */
const mainThreadOf = (events: TraceEvent[], pageUrl: string) =>
  events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === pageUrl);

/**
 * The main-thread time the extension took on the page at `pageUrl`, in ms: the trace events of its
 * scripts (compiling and evaluating them, calling their callbacks), and the samples with its frames
 * outside those (promise reactions, which the trace names after no script). Also the spans
 * themselves, ascending, to find the tasks they fall in.
 */
export function extensionMainThread(
  events: TraceEvent[],
  profile: CpuProfile,
  pageUrl: string,
): { ms: number; spans: Span[] } {
  const main = mainThreadOf(events, pageUrl);
  const traced = events
    .filter(
      (event) =>
        event.ph === 'X' &&
        event.pid === main?.pid &&
        event.tid === main?.tid &&
        isExtensionUrl(event.args?.data?.url ?? ''),
    )
    .map((event) => ({ start: event.ts, end: event.ts + (event.dur ?? 0) }));
  const spans = [...traced, ...extensionSampleSpans(profile)].sort((a, b) => a.start - b.start);
  // Nested events (a compile inside an evaluation) and samples inside a traced event count once.
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return { ms: merged.reduce((sum, span) => sum + span.end - span.start, 0) / 1000, spans: merged };
}

/** Tasks over `overMs` on the main thread of the page at `pageUrl` (the thread that parsed it). */
export function longTasks(events: TraceEvent[], pageUrl: string, overMs = 50): Task[] {
  const parse = mainThreadOf(events, pageUrl);
  if (!parse) return [];
  const tasks = events
    .filter(
      (event) =>
        event.name === 'RunTask' &&
        event.ph === 'X' &&
        event.pid === parse.pid &&
        event.tid === parse.tid &&
        (event.dur ?? 0) > overMs * 1000,
    )
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
