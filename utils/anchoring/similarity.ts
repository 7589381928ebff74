/** Levenshtein distance for short strings (context of a quote: a few dozen characters). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, k) => k);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 for identical strings, 0 for nothing in common; an empty expectation is neutral (1). */
export function similarity(actual: string, expected: string): number {
  if (!expected.length) return 1;
  return Math.max(0, 1 - editDistance(actual, expected) / expected.length);
}
