// Runs inside headless Chromium (bundled by esbuild): the detector and the lens's interview reading.
import { detectInterview } from '../../utils/interview/detect';
import { readInterview } from '../../utils/lens/interview-view';
import { paintMentions } from '../../utils/paint/registry';

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
    detector.push(perCall(() => detectInterview(document)));
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

/** Full analysis and painting of the underlines, as the lens does on load. */
function timeReading(runs: number): number[] {
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    const view = readInterview(document);
    paintMentions(view.mentions().map((mention) => mention.range));
    return performance.now() - started;
  });
}

Object.assign(window, { timeDetector, timeReading, isInterview: () => detectInterview(document).isInterview });
