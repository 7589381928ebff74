// Runs inside headless Chromium (bundled by esbuild): the detector and the lens's interview reading.
import { detectInterview } from '../../utils/interview/detect';
import { gatherSignals } from '../../utils/interview/signals';
import { readInterview } from '../../utils/lens/interview-view';
import { showMentionsInView } from '../../utils/lens/mention-layer';
import { mentionHighlight } from '../../utils/paint/registry';

const REPEAT = 20;

/** Average time of one call, over REPEAT calls (the timer is coarse in browsers). */
function perCall(run: () => void): number {
  const started = performance.now();
  for (let k = 0; k < REPEAT; k++) run();
  return (performance.now() - started) / REPEAT;
}

/** The detector, and (as the peer) one plain text walk of the page, `samples` times each. */
function timeDetector(samples: number) {
  const detector: number[] = [];
  const walk: number[] = [];
  for (let k = 0; k < samples; k++) {
    detector.push(perCall(() => detectInterview(gatherSignals(document))));
    walk.push(
      perCall(() => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let text = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) text += (node as Text).data;
        return text;
      }),
    );
  }
  return { detector, walk };
}

/**
 * Full analysis and the underlines, as the lens does on load. Names are underlined as their
 * paragraphs near the viewport (a screenful: a few dozen ranges, on the next frame, not timed);
 * each run checks that this happened.
 */
async function timeReading(runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const done = new AbortController();
    const started = performance.now();
    const view = readInterview(document);
    const layer = showMentionsInView(document, view, mentionHighlight(), done.signal);
    times.push(performance.now() - started);
    for (let frame = 0; frame < 10 && !layer.painted.length; frame++) await new Promise(requestAnimationFrame);
    if (layer.total && !layer.painted.length) throw new Error('no name near the viewport was underlined');
    done.abort();
  }
  return times;
}

Object.assign(window, {
  timeDetector,
  timeReading,
  isInterview: () => detectInterview(gatherSignals(document)).isInterview,
});
