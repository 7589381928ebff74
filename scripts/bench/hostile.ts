import { waitUntil } from '../../tests/e2e/support/page-actions';
import { hostileMounts, hostilePath } from '../../tests/e2e/support/hostile-pages';
import { PAGES } from '../../tests/e2e/support/paths';
import { serveFolder } from '../../tests/e2e/support/static-server';
import { HOSTILE_PAGES } from '../../tests/fixtures/hostile/generated';
import { launchExtension, settledVerdict, type ExtensionSession } from '../sweep/extension';
import {
  extensionSamples,
  isExtensionUrl,
  longTasks,
  startRecording,
  tasksWithSamples,
  type Task,
  type TraceEvent,
} from '../sweep/profiler';
import type { Figures, Row } from './rows';

/** The hostile pages built to stall the lens, by the figure each one's longest task is reported as. */
const STALLING_PAGES = {
  hostile_many_people_longest_task_ms: 'many-people',
  hostile_many_quotation_marks_longest_task_ms: 'many-quotation-marks',
};

/**
 * A sample of the page's JavaScript each millisecond: enough to tell which tasks the extension's
 * code ran in, while slowing the page less than the profiler's finer default.
 */
const SAMPLING_US = 1000;

/** Tasks shorter than this are not looked at (the nested-task check is quadratic in their number). */
const SHORTEST_TASK_MS = 1;

/** Page-side: how many names the lens has underlined. */
const underlined = () => CSS.highlights.get('interview-lens-mention')?.size ?? 0;

/** Whether the browser evaluated one of the extension's scripts during the task (its injection). */
const evaluatesExtensionScript = (task: Task, events: readonly TraceEvent[]) =>
  events.some(
    (event) =>
      event.name === 'EvaluateScript' &&
      event.ts >= task.start &&
      event.ts <= task.end &&
      isExtensionUrl(event.args?.data?.url ?? ''),
  );

const longest = (tasks: readonly Task[]) => Math.max(0, ...tasks.map((task) => (task.end - task.start) / 1000));

/**
 * Loads the page in a new tab, tracing its main thread and sampling its JavaScript until the lens
 * has read it and underlined names. Returns the longest task in which the extension's code ran
 * (ms), apart from the tasks that evaluate its scripts on injection: compiling and starting the
 * lens takes as long on a page of one paragraph, so it is reported on its own.
 */
async function longestExtensionTasks(
  session: ExtensionSession,
  url: string,
): Promise<{ work: number; injection: number }> {
  const page = await session.context.newPage();
  try {
    const stop = await startRecording(await session.context.newCDPSession(page), {
      profile: true,
      samplingUs: SAMPLING_US,
    });
    await page.goto(url, { timeout: 60_000 });
    const verdict = await settledVerdict(session, url, 120_000);
    if (!verdict?.analysedByLens) throw new Error(`The lens did not read ${url}`);
    await waitUntil(page, underlined, undefined, (count) => count > 0, `names underlined on ${url}`, 30_000);
    const { events, profile } = await stop();
    const tasks = tasksWithSamples(longTasks(events, url, SHORTEST_TASK_MS), extensionSamples(profile!).times);
    const injections = tasks.filter((task) => evaluatesExtensionScript(task, events));
    return { work: longest(tasks.filter((task) => !injections.includes(task))), injection: longest(injections) };
  } finally {
    await page.close();
  }
}

/**
 * The built extension in Chromium on the pages made to freeze a tab (50,000 people, 100,000
 * quotation marks): the longest main-thread task its code takes part in, on each and over both.
 */
export async function hostileSuite(): Promise<Record<string, number>> {
  const server = await serveFolder(PAGES, hostileMounts());
  const session = await launchExtension(server.origin);
  try {
    const figures: Record<string, number> = {};
    let injection = 0;
    for (const [key, name] of Object.entries(STALLING_PAGES)) {
      const hostile = HOSTILE_PAGES.find((candidate) => candidate.name === name)!;
      const tasks = await longestExtensionTasks(session, `${server.origin}/${hostilePath(hostile)}`);
      figures[key] = tasks.work;
      injection = Math.max(injection, tasks.injection);
    }
    return {
      hostile_longest_task_ms: Math.max(...Object.values(figures)),
      ...figures,
      hostile_script_injection_task_ms: injection,
    };
  } finally {
    await session.close();
    await server.close();
  }
}

/** What the hostile pages' figure is held to. */
export function hostileRows(f: Figures): Row[] {
  return [
    {
      key: 'hostile_longest_task_ms',
      value: f.hostile_longest_task_ms,
      unit: 'ms',
      target: `≤ 50 ms (extension's longest main-thread task reading 50,000 people: ${f.hostile_many_people_longest_task_ms!.toFixed(0)} ms, 100,000 quotation marks: ${f.hostile_many_quotation_marks_longest_task_ms!.toFixed(0)} ms; apart from injecting its scripts, which took ${f.hostile_script_injection_task_ms!.toFixed(0)} ms)`,
      ok: f.hostile_longest_task_ms! <= 50,
    },
  ];
}
