import { describe, expect, it } from 'vitest';
import { filterInSteps, finish, runInSlices, type Steps } from '@/utils/pace/steps';

function* counting(to: number): Steps<number> {
  let sum = 0;
  for (let k = 1; k <= to; k++) {
    yield;
    sum += k;
  }
  return sum;
}

describe('steps', () => {
  it('run to their end at once, or in slices, to the same result', async () => {
    expect(finish(counting(100))).toBe(5050);
    // A clock that moves one ms per reading: a 10 ms slice holds a few steps, then the work pauses.
    let time = 0;
    let pauses = 0;
    const result = await runInSlices(counting(100), {
      sliceMs: 10,
      now: () => time++,
      pause: async () => void pauses++,
    });
    expect(result).toBe(5050);
    expect(pauses).toBeGreaterThanOrEqual(5);
    expect(pauses).toBeLessThan(100);
  });

  it('never pause while the slice lasts', async () => {
    let pauses = 0;
    expect(await runInSlices(counting(100), { sliceMs: 10, now: () => 0, pause: async () => void pauses++ })).toBe(
      5050,
    );
    expect(pauses).toBe(0);
  });

  it('filter a list with a pause before each item', () => {
    const steps = filterInSteps([1, 2, 3, 4], (n, k) => n % 2 === 0 && k > 0);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect([next.value, pauses]).toEqual([[2, 4], 4]);
  });
});
