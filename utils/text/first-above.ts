/** First index whose value is above `value`, in an ascending array (binary search). */
export function firstAbove(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
