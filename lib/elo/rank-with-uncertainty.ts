export interface RatedEntry {
  rating: number;
  ciLow: number;
  ciHigh: number;
}

/**
 * Rank with uncertainty, as the public arenas publish it: 1 + the number of
 * entries whose lower bound is above this entry's upper bound. Entries whose
 * intervals overlap are statistically tied and can share a rank.
 */
export function rankWithUncertainty<T extends RatedEntry>(entries: readonly T[]): number[] {
  const lows = entries.map((e) => e.ciLow).sort((a, b) => b - a);
  return entries.map((e) => {
    // count of lows strictly greater than e.ciHigh (lows sorted descending)
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((lows[mid] as number) > e.ciHigh) lo = mid + 1;
      else hi = mid;
    }
    return 1 + lo;
  });
}
