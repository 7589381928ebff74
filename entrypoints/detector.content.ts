import { gatherSignals, type Signals } from '@/utils/interview/signals';
import { answerCommands } from '@/utils/messages/answer-commands';
import { sendRequest } from '@/utils/messages/send';
import { watchSelections } from '@/utils/page/first-selection';
import { isLensLoaded } from '@/utils/page/lens-marker';
import { rememberSelectionInput } from '@/utils/page/selection-input';
import { runtimeConnected } from '@/utils/page/lifetime';
import { readPageFacts } from '@/utils/page/page-facts';
import { whenIdle } from '@/utils/page/when-idle';
import { defineContentScript } from 'wxt/utils/define-content-script';

// Always on, so it stays tiny: no React, no Dexie, no zod, and no detection. Once the page is idle it
// gathers a bounded sample of the page and hands it to the background, which decides off the page's
// thread whether the page is an interview (and loads the lens for interviews and for pages with
// highlights). It asks for the lens when the reader selects text.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would post the extension's id to the page, and lets the page forge the event that stops us.
  noScriptStartedPostMessage: true,
  main() {
    let signals: Signals | undefined;
    const gathered = () => (signals ??= gatherSignals(document));
    // Every page pays for this: it waits until the page's own loading work is done.
    whenIdle(() => void sendRequest({ type: 'page:hello', page: readPageFacts(document), signals: gathered() }));
    // No timer on every page to notice the extension going away: the next selection notices it.
    const life = new AbortController();
    watchSelections(document, life.signal, (how) => {
      rememberSelectionInput(how);
      if (!runtimeConnected()) life.abort();
      else if (!isLensLoaded()) void sendRequest({ type: 'lens:request' });
    });
    // The popup reads why the page is (or is not) taken for an interview from the same signals.
    answerCommands({ 'page:signals': gathered });
  },
});
