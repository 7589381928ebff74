// Runs inside headless Chromium (bundled by esbuild): the real anchoring code against a real DOM.
import { toRange as peerToRange, fromRange as peerFromRange } from 'dom-anchor-text-quote';
import { anchorQuote, rangeOf } from '../../utils/anchoring/anchor';
import { anchorAll, type Pacing } from '../../utils/anchoring/anchor-all';
import { describeOffsets } from '../../utils/anchoring/describe';
import type { Selectors } from '../../utils/anchoring/selectors';
import { buildTextIndex } from '../../utils/text/text-index';
import { seeded } from './article';

type Saved = Selectors & { id: string };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** Picks `count` quotes, each inside a different paragraph, from whole words. */
function pickQuotes(count: number, random: () => number): Saved[] {
  const index = buildTextIndex(document.body);
  const paragraphs = [...document.querySelectorAll('p')];
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(random() * paragraphs.length));
  return [...chosen].map((k, n) => {
    const text = paragraphs[k]!.textContent!;
    const words = [...text.matchAll(/\S+/g)];
    const first = Math.floor(random() * (words.length - 12));
    const last = Math.min(words.length - 1, first + 6 + Math.floor(random() * 20));
    const start = index.offsetAt(paragraphs[k]!.firstChild!, words[first]!.index!);
    const end = index.offsetAt(paragraphs[k]!.firstChild!, words[last]!.index! + words[last]![0].length);
    return { id: `q${n}`, ...describeOffsets(index, start, end)! };
  });
}

/** Changes about 5 % of a quote's letters in the page (the publisher "edited" it). */
function editQuote(saved: Saved, random: () => number): void {
  const index = buildTextIndex(document.body);
  const range = index.rangeFor(saved.position.start, saved.position.end)!;
  const node = range.startContainer as Text;
  const chars = [...node.data];
  const edits = Math.max(1, Math.round((range.endOffset - range.startOffset) * 0.05));
  for (let k = 0; k < edits; k++) {
    const at = range.startOffset + Math.floor(random() * (range.endOffset - range.startOffset));
    if (chars[at] !== ' ') chars[at] = chars[at] === 'x' ? 'y' : 'x';
  }
  node.data = chars.join('');
}

export async function runAnchoringBench(options: { runs: number; peerRuns: number }) {
  const random = seeded(42);
  const saved = pickQuotes(200, random);
  const textChars = buildTextIndex(document.body).text.length;

  // The floor is cheap and noisy (garbage collection): take more samples of it.
  const textPass = median(Array.from({ length: options.runs * 3 }, () => time(() => buildTextIndex(document.body))));

  // Unchanged page: what the lens does on load (one text pass, anchor all, ranges to paint).
  const exactRuns: number[] = [];
  let exactFound = 0;
  for (let run = 0; run < options.runs; run++) {
    const started = performance.now();
    const index = buildTextIndex(document.body);
    const anchors = await anchorAll(index.text, saved);
    exactFound = saved.filter((quote) => rangeOf(index, anchors.get(quote.id)!).range).length;
    exactRuns.push(performance.now() - started);
  }

  // The peer library, given its own selectors for the same 200 ranges.
  const index = buildTextIndex(document.body);
  const peerSelectors = saved.map((quote) => ({
    selector: peerFromRange(document.body, index.rangeFor(quote.position.start, quote.position.end)!),
    hint: quote.position.start,
  }));
  const peerRuns = Array.from({ length: options.peerRuns }, () =>
    time(() => peerSelectors.forEach(({ selector, hint }) => peerToRange(document.body, selector, { hint }))),
  );

  // The publisher edits 100 of the quotes; re-anchor them, measuring the longest task.
  const edited = saved.slice(0, 100);
  edited.forEach((quote) => editQuote(quote, random));
  const fuzzyRuns: number[] = [];
  const longestTasks: number[] = [];
  let fuzzyFound = 0;
  for (let run = 0; run < options.runs; run++) {
    let resumed = performance.now();
    let longest = 0;
    const pacing: Pacing = {
      sliceMs: 8,
      budgetMs: 10_000,
      now: () => performance.now(),
      pause: async () => {
        longest = Math.max(longest, performance.now() - resumed);
        await new Promise((resolve) => setTimeout(resolve, 0));
        resumed = performance.now();
      },
    };
    const started = resumed;
    const text = buildTextIndex(document.body).text;
    const anchors = await anchorAll(text, edited, pacing);
    longest = Math.max(longest, performance.now() - resumed);
    fuzzyRuns.push(performance.now() - started);
    longestTasks.push(longest);
    fuzzyFound = [...anchors.values()].filter((anchor) => anchor.state !== 'orphaned').length;
  }
  // Every fuzzy match must be the edited quote itself, at its place.
  const check = buildTextIndex(document.body).text;
  const misplaced = edited.filter((quote) => {
    const anchor = anchorQuote(check, quote);
    return anchor.state !== 'orphaned' && Math.abs(anchor.start - quote.position.start) > 2;
  }).length;

  return {
    text_chars: textChars,
    text_pass_ms: textPass,
    anchor_exact_200_ms: median(exactRuns),
    anchor_exact_found: exactFound,
    peer_anchor_exact_200_ms: median(peerRuns),
    anchor_fuzzy_100_ms: median(fuzzyRuns),
    anchor_fuzzy_longest_task_ms: median(longestTasks),
    anchor_fuzzy_found: fuzzyFound,
    anchor_fuzzy_misplaced: misplaced,
  };
}

(window as unknown as { runAnchoringBench: typeof runAnchoringBench }).runAnchoringBench = runAnchoringBench;
