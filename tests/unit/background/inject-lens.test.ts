import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { createLensInjector } from '@/utils/background/inject-lens';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The page side of an injection: each file's start-up ends when the test says so, or at once. */
function fakePage(atOnce = false) {
  const started: string[] = [];
  const finish = new Map<string, () => void>();
  vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('no lens in that tab'));
  vi.spyOn(browser.scripting, 'insertCSS').mockResolvedValue(undefined);
  vi.spyOn(browser.scripting, 'executeScript').mockImplementation((injection) => {
    const file = (injection as { files: string[] }).files[0]!;
    started.push(file);
    return atOnce ? Promise.resolve([]) : new Promise((resolve) => finish.set(file, () => resolve([])));
  });
  return { started, finish: (file: string) => finish.get(file)?.() };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loading the lens into a tab', () => {
  it('injects the interface while the lens is still reading the page, and is done once both have started up', async () => {
    const page = fakePage();
    let done = false;
    const loading = createLensInjector()(7).then(() => (done = true));
    await settle();
    // The lens's start-up (reading the page) has not finished, and its interface is on its way.
    expect(page.started).toEqual(['/content-scripts/lens.js', '/content-scripts/lens-ui.js']);
    page.finish('/content-scripts/lens-ui.js');
    await settle();
    expect(done).toBe(false); // the lens does not answer commands yet
    page.finish('/content-scripts/lens.js');
    await loading;
    expect(done).toBe(true);
  });

  it('loads it once for calls that overlap', async () => {
    const page = fakePage(true);
    const inject = createLensInjector();
    await Promise.all([inject(7), inject(7)]);
    expect(page.started).toEqual(['/content-scripts/lens.js', '/content-scripts/lens-ui.js']);
  });
});
