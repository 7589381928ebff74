/**
 * Work written as steps: a generator that yields wherever it may pause and returns its result.
 * The same steps run at once in Node (tests, `npm run analyze`) and in slices on a page, where one
 * long task would freeze the tab: a page can be made as large as its author likes.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to their end, without pausing. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface Pacing {
  /** How long one slice may run, in ms. */
  sliceMs: number;
  now: () => number;
  /** Lets the page run (its input, its rendering) before the next slice. */
  pause: () => Promise<void>;
}

/** Runs steps in slices of about `sliceMs` each, pausing between them. */
export async function runInSlices<T>(steps: Steps<T>, { sliceMs, now, pause }: Pacing): Promise<T> {
  let sliceEnds = now() + sliceMs;
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() < sliceEnds) continue;
    await pause();
    sliceEnds = now() + sliceMs;
  }
}

/** The items `keep` accepts, pausing before each: for a filter that costs much per item. */
export function* filterInSteps<T>(items: readonly T[], keep: (item: T, index: number) => boolean): Steps<T[]> {
  const kept: T[] = [];
  for (let k = 0; k < items.length; k++) {
    yield;
    if (keep(items[k]!, k)) kept.push(items[k]!);
  }
  return kept;
}
