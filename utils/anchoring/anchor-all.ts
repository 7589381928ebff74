import { anchorSteps, type Anchor } from './anchor';
import type { Selectors } from './selectors';

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
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
};

/**
 * Anchors many highlights against one page text, in slices that leave the page responsive.
 * The result holds an anchor for each highlight checked (all of them unless the budget ran out).
 */
export async function anchorAll<T extends Selectors & { id: string }>(
  text: string,
  highlights: readonly T[],
  pacing: Pacing = DEFAULT_PACING,
): Promise<Map<string, Anchor>> {
  const anchors = new Map<string, Anchor>();
  const started = pacing.now();
  let sliceStart = started;
  for (const highlight of highlights) {
    const steps = anchorSteps(text, highlight);
    for (;;) {
      if (pacing.now() - sliceStart > pacing.sliceMs) {
        if (pacing.now() - started > pacing.budgetMs) return anchors;
        await pacing.pause();
        sliceStart = pacing.now();
      }
      const step = steps.next();
      if (step.done) {
        anchors.set(highlight.id, step.value);
        break;
      }
    }
  }
  return anchors;
}
