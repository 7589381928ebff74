import type { ExtensionSession } from '../sweep/extension';
import { settledVerdict } from '../sweep/extension';
import { extensionSamples, longTasks, startRecording, tasksWithSamples } from '../sweep/profiler';
import { megabyteInterview } from './interview';

const PATH = '/megabyte-interview.html';

/**
 * Page-side, before the page's own scripts: notes when the first name underline is painted (ms
 * since navigation start, as the load event's time is). A string: tsx would wrap a function's inner helpers in a naming helper the page lacks.
 */
const WATCH_FIRST_UNDERLINE = `(() => {
  const look = () => {
    if ((CSS.highlights.get('interview-lens-mention')?.size ?? 0) > 0) window.firstUnderline = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

/**
 * The extension loading on a 1 MB interview, as a reader opens it: the longest main-thread task
 * with the extension's code in it (trace and samples), the page's own longest for scale, and how
 * long after the page's load event the first name is underlined.
 */
export async function lensOnMegabyte(session: ExtensionSession, origin: string): Promise<Record<string, number>> {
  const url = `${origin}${PATH}`;
  const html = megabyteInterview();
  await session.context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  const page = await session.context.newPage();
  await page.addInitScript(WATCH_FIRST_UNDERLINE);
  // Sampling every millisecond: enough to tell whose a task is, without slowing the page much.
  const stop = await startRecording(await session.context.newCDPSession(page), { profile: true, samplingUs: 1000 });
  await page.goto(url);
  const verdict = await settledVerdict(session, url, 60_000);
  if (!verdict?.analysedByLens) throw new Error('The lens did not analyse the 1 MB interview');
  await page.waitForFunction(
    () => (window as unknown as { firstUnderline?: number }).firstUnderline !== undefined,
    undefined,
    { timeout: 30_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the rest of the underlines, paced
  const recording = await stop();
  const tasks = longTasks(recording.events, url, 0);
  const ours = recording.profile ? tasksWithSamples(tasks, extensionSamples(recording.profile).times) : [];
  const longest = (list: typeof tasks) => Math.max(0, ...list.map((task) => (task.end - task.start) / 1000));
  const figures = {
    lens_longest_task_1mb_ms: longest(ours),
    lens_page_longest_task_1mb_ms: longest(tasks.filter((task) => !ours.includes(task))),
    lens_first_underline_1mb_ms: await page.evaluate(
      () =>
        (window as unknown as { firstUnderline: number }).firstUnderline -
        performance.getEntriesByType('navigation')[0]!.toJSON().loadEventStart,
    ),
  };
  await page.close();
  return figures;
}
