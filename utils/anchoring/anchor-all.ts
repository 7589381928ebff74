import { anchorSteps, type Anchor } from './anchor';
import type { Selectors } from './selectors';
import { yieldToPage } from '../pace/yield-to-page';

export interface Pacing {
  /** Longest stretch of work before giving the page's main thread back. */
  sliceMs: number;
  /** Total time one pass may take; highlights not reached by then stay unchecked. */
  budgetMs: number;
  now: () => number;
  pause: () => Promise<void>;
}

export const DEFAULT_PACING: Pacing = {
  sliceMs: 8,
  budgetMs: 3000,
  now: () => performance.now(),
  pause: yieldToPage,
};

/** How many recent shifts of the text the next highlight tries first. */
const SHIFTS_KEPT = 4;

/**
 * Anchors many highlights against one page text, in slices that leave the page responsive.
 * The result holds an anchor for each highlight checked (all of them unless the budget ran out).
 * Highlights go in page order, and each tries first where the text moved at those found before
 * it: an edit near the top moves everything after it by the same amount.
 */
export async function anchorAll<T extends Selectors & { id: string }>(
  text: string,
  highlights: readonly T[],
  pacing: Pacing = DEFAULT_PACING,
): Promise<Map<string, Anchor>> {
  const anchors = new Map<string, Anchor>();
  const started = pacing.now();
  let sliceStart = started;
  const shifts: number[] = [];
  const inPageOrder = [...highlights].sort((a, b) => (a.position?.start ?? 0) - (b.position?.start ?? 0));
  for (const highlight of inPageOrder) {
    const steps = anchorSteps(text, highlight, shifts);
    for (;;) {
      if (pacing.now() - sliceStart > pacing.sliceMs) {
        if (pacing.now() - started > pacing.budgetMs) return anchors;
        await pacing.pause();
        sliceStart = pacing.now();
      }
      const step = steps.next();
      if (step.done) {
        anchors.set(highlight.id, step.value);
        remember(shifts, step.value, highlight);
        break;
      }
    }
  }
  return anchors;
}

/** Keeps where the text moved for a highlight just found, newest first, without repeats. */
function remember(shifts: number[], anchor: Anchor, saved: Selectors): void {
  if (anchor.state === 'orphaned') return;
  const shift = anchor.start - saved.position.start;
  if (shift === 0 || shifts[0] === shift) return;
  const known = shifts.indexOf(shift);
  if (known >= 0) shifts.splice(known, 1);
  shifts.unshift(shift);
  if (shifts.length > SHIFTS_KEPT) shifts.pop();
}
