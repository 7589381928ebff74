import { detectInterview, mightBeInterview, type Detection } from '@/utils/interview/detect';
import { gatherSignals } from '@/utils/interview/signals';
import { answerCommands } from '@/utils/messages/answer-commands';
import { sendRequest } from '@/utils/messages/send';
import { watchSelections } from '@/utils/page/first-selection';
import { isLensLoaded } from '@/utils/page/lens-marker';
import { runtimeConnected } from '@/utils/page/lifetime';
import { readPageFacts } from '@/utils/page/page-facts';
import { whenIdle } from '@/utils/page/when-idle';
import { defineContentScript } from 'wxt/utils/define-content-script';

// Always on, so it stays tiny: no React, no Dexie, no zod. It decides from cheap signals whether
// the page is an interview and tells the background (which loads the lens for interviews and for
// pages with highlights), and asks for the lens when the reader selects text.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would post the extension's id to the page, and lets the page forge the event that stops us.
  noScriptStartedPostMessage: true,
  main() {
    // The full reading (its reasons) only when the popup asks, or when the page might be an interview.
    let detection: Detection | undefined;
    const detect = () => (detection ??= detectInterview(document));
    // Every page pays for this: it waits until the page's own loading work is done.
    whenIdle(() => {
      const signals = gatherSignals(document);
      const interview = mightBeInterview(signals) && (detection ??= detectInterview(document, signals)).isInterview;
      void sendRequest({ type: 'page:hello', page: readPageFacts(document), interview });
    });
    // No timer on every page to notice the extension going away: the next selection notices it.
    const life = new AbortController();
    watchSelections(document, life.signal, () => {
      if (!runtimeConnected()) life.abort();
      else if (!isLensLoaded()) void sendRequest({ type: 'lens:request' });
    });
    // The popup asks why the page is (or is not) an interview.
    answerCommands({ 'page:detection': detect });
  },
});
