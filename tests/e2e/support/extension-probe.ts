import type { Harness, Tab } from './harness';
import { inPage, waitUntil, type PageLike } from './page-actions';
import type { ExtensionGlobals } from './extension-globals';

// The functions below run inside the extension (sent there as text), where `browser` is a global.
declare const browser: ExtensionGlobals['browser'];

/**
 * An extension page (the options page, in a tab of its own) that the tests use to see what
 * happens between pages and the extension, the same way in both browsers:
 * - it hears what pages' scripts send (runtime messages from content scripts reach every
 *   extension page, as they reach the background), so a test can wait for a request to have
 *   been sent, and know that any sent before it from the same page was sent first;
 * - it can ask the background a question as a page's own script does (the extension's scripting
 *   API runs a function in the page's content-script world), and read the answer;
 * - it can ask a tab whether the lens is in it (the lens answers "lens:ping"; the detector does not).
 */
export interface Probe {
  tab: Tab;
  /** The requests heard so far from the page at `url` (their types, in the order sent). */
  heardFrom(url: string): Promise<string[]>;
  /** Waits until the page at `url` has sent a request of type `type` after its first `before` ones; returns all heard. */
  waitToHear(url: string, type: string, before: number, what: string): Promise<string[]>;
  /** Sends `request` from the content-script world of the tab at `url`, and returns the background's reply. */
  askAsPage(url: string, request: { type: string }): Promise<unknown>;
  /** Whether the lens answers in the tab at `url`. */
  lensIn(url: string): Promise<boolean>;
  /**
   * The requests the lens in `page` (at `url`) has sent after its first `before`, up to a fence:
   * the test changes the tab's address by its fragment, which the lens notices within half a
   * second and answers by asking for the page's highlights. Requests from one page are heard in
   * the order it sent them, so once that one is heard, every request sent before it has been too.
   */
  heardUntilFence(page: PageLike, url: string, before: number): Promise<string[]>;
}

/** A request heard: its type, the tab it came from, and the address the page said it had when it sent it. */
type Heard = { type: string; url: string; address?: string };
type Sender = { tab?: { url?: string } };

/** Extension-page side: keeps the type and page of every request a page's script sends. */
const listen = () => {
  const heard: Heard[] = [];
  Object.assign(window, { __heard: heard });
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    const request = message as { type?: unknown; page?: { address?: unknown } } | null;
    const address = typeof request?.page?.address === 'string' ? request.page.address : undefined;
    if (sender.tab?.url)
      heard.push({ type: String(request?.type), url: sender.tab.url, ...(address ? { address } : {}) });
  });
  return true;
};

/** Extension-page side: the types heard from the page at `url` (its fragment aside: the fence changes it). */
const heardFrom = (url: string) =>
  ((window as unknown as { __heard: Heard[] }).__heard ?? [])
    .filter((entry) => entry.url.split('#')[0] === url.split('#')[0])
    .map((entry) => entry.type);

/** Extension-page side: how many requests from the page at `url` had been heard up to and including the one sent from `address`, or -1. */
const heardUpTo = ({ url, address }: { url: string; address: string }) => {
  const fromPage = ((window as unknown as { __heard: Heard[] }).__heard ?? []).filter(
    (entry) => entry.url.split('#')[0] === url.split('#')[0],
  );
  return fromPage.findIndex((entry) => entry.address === address) + 1 || -1;
};

/** Extension-page side: sends a request from the tab's content-script world; the reply, or why there is none. */
const askAsPage = async ({ url, request }: { url: string; request: { type: string } }) => {
  const tab = (await browser.tabs.query({})).find((candidate) => candidate.url?.split('#')[0] === url.split('#')[0]);
  if (tab?.id === undefined) return { noTab: url };
  const [injection] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    // Runs in the page's content-script world, where the detector lives; its sender is that tab.
    func: (sent: { type: string }) => {
      const api = globalThis as unknown as { browser?: typeof browser; chrome?: typeof browser };
      return (api.browser ?? api.chrome)!.runtime.sendMessage(sent);
    },
    args: [request],
  });
  return (injection as { result?: unknown } | undefined)?.result ?? null;
};

/** Extension-page side: whether the lens in the tab at `url` answers its ping. */
const lensIn = async (url: string) => {
  const tab = (await browser.tabs.query({})).find((candidate) => candidate.url?.split('#')[0] === url.split('#')[0]);
  if (tab?.id === undefined) return false;
  const reply = (await browser.tabs.sendMessage(tab.id, { type: 'lens:ping' }).catch(() => undefined)) as
    | { alive?: boolean }
    | undefined;
  return reply?.alive === true;
};

/** Opens the probe page and starts listening; it stays open for the scenario. */
export async function openProbe(harness: Harness): Promise<Probe> {
  const tab = await harness.openExtensionPage('options.html?probe');
  // Firefox's driver may not report that the page has loaded: wait until its scripts can listen.
  await waitUntil(
    tab,
    () => typeof browser !== 'undefined' && document.readyState === 'complete',
    undefined,
    (ready) => ready,
    'the probe page',
  );
  await inPage(tab, listen, undefined);
  const probe: Probe = {
    tab,
    heardFrom: (url) => inPage(tab, heardFrom, url),
    waitToHear: (url, type, before, what) =>
      waitUntil(tab, heardFrom, url, (types) => types.slice(before).includes(type), what),
    askAsPage: (url, request) => inPage(tab, askAsPage, { url, request }),
    lensIn: (url) => inPage(tab, lensIn, url),
    async heardUntilFence(page, url, before) {
      const address = await inPage(
        page,
        (mark: string) => {
          history.replaceState(history.state, '', `#${mark}`);
          return location.href;
        },
        `fence-${Date.now()}`,
      );
      const end = await waitUntil(
        tab,
        heardUpTo,
        { url, address },
        (count) => count > 0,
        'the lens to ask for its highlights at its new address',
      );
      return (await probe.heardFrom(url)).slice(before, end);
    },
  };
  return probe;
}
