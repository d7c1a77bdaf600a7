/** The q-quantile of sorted values, interpolating linearly between ranks (numpy's and pandas' default). */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const lower = sorted[lo] as number;
  return lower + (pos - lo) * ((sorted[hi] as number) - lower);
}
