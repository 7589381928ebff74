import type { Page } from '@playwright/test';
import { settledVerdict, type ExtensionSession } from './extension';
import { extensionSamples, longTasks, startRecording, tasksWithSamples } from './profiler';

/** One page's line of `npm run sweep`. */
export interface PageReport {
  file: string;
  /** Null when no content script in the tab answered. */
  isInterview: boolean | null;
  format: string | null;
  extension_ms: number;
  long_tasks: number;
  errors: string[];
}

export interface PageFailure {
  file: string;
  error: string;
}

/** How long the page is watched after its load event: the detector, the lens's injection and first paint. */
const AFTER_LOAD_MS = 1000;

/**
 * What the visited origin holds in IndexedDB, localStorage and cookies ("" when nothing). The
 * fixture pages store nothing themselves, so anything here would come from the extension. A
 * string, because a page that sabotages its own built-ins can break richer answers.
 */
async function storageOfThePage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const databases = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).length : 0;
    const found = [
      databases && `${databases} IndexedDB databases`,
      localStorage.length && `${localStorage.length} localStorage keys`,
      document.cookie && 'cookies',
    ];
    let text = '';
    for (const item of found) if (item) text += text ? `, ${item}` : item;
    return text;
  });
}

/**
 * Loads one page in a new tab with the extension, sampling the page's main thread from before
 * the navigation until the extension has settled, and reports what the extension decided, what
 * it cost there, and its errors.
 */
export async function probePage(
  session: ExtensionSession,
  file: string,
  url: string,
): Promise<PageReport | PageFailure> {
  const page = await session.context.newPage();
  try {
    const stop = await startRecording(await session.context.newCDPSession(page), { profile: true });
    const response = await page.goto(url, { timeout: 30_000 });
    if (!response?.ok()) throw new Error(`the server answered ${response?.status() ?? 'nothing'}`);
    await new Promise((resolve) => setTimeout(resolve, AFTER_LOAD_MS));
    const verdict = await settledVerdict(session, page.url());
    const { events, profile } = await stop();
    const stored = await storageOfThePage(page);
    const samples = extensionSamples(profile!);
    return {
      file,
      isInterview: verdict?.isInterview ?? null,
      format: verdict?.format ?? null,
      extension_ms: Math.round(samples.ms * 10) / 10,
      long_tasks: tasksWithSamples(longTasks(events, page.url()), samples.times).length,
      errors: [
        ...session.takeErrors(page),
        ...(stored ? [`the page's origin holds storage the extension must never create: ${stored}`] : []),
      ],
    };
  } catch (error) {
    session.takeErrors(page); // so they are not blamed on the next page
    return { file, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  } finally {
    await page.close();
  }
}
