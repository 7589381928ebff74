import type { Summary } from './score';

/** Floors for the eval summary: figures that must not fall below, and counts that must not rise above. */
export interface Floors {
  min?: Partial<Record<Exclude<keyof Summary, 'detection' | 'pages'> | 'detectedInterviews', number>>;
  max?: Partial<Record<'falsePositives' | 'misattribution', number>>;
}

/** Each figure that misses its floor, as a sentence; [] when all hold. */
export function belowFloors(summary: Summary, floors: Floors): string[] {
  const figures: Record<string, number> = {
    ...Object.fromEntries(Object.entries(summary).filter(([, value]) => typeof value === 'number')),
    detectedInterviews: summary.detection.tp,
    falsePositives: summary.detection.fp,
  };
  const missed: string[] = [];
  for (const [key, floor] of Object.entries(floors.min ?? {})) {
    if (!(figures[key]! >= floor!)) missed.push(`${key} is ${figures[key]}, the floor is ${floor}`);
  }
  for (const [key, ceiling] of Object.entries(floors.max ?? {})) {
    if (!(figures[key]! <= ceiling!)) missed.push(`${key} is ${figures[key]}, at most ${ceiling} allowed`);
  }
  return missed;
}
