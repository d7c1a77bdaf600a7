import { rankWithUncertainty, type RatedEntry } from "./rank-with-uncertainty";

export interface RankRange {
  /** Rank with uncertainty: 1 + entries clearly above (their low > this high). */
  best: number;
  /** Lowest rank the intervals allow: 1 + other entries that could be above (their high > this low). */
  worst: number;
}

/**
 * The span of ranks each entry could hold given the 95% intervals. A leader
 * whose range is "1–3" has not shown it is ahead of the next two.
 */
export function rankRanges<T extends RatedEntry>(entries: readonly T[]): RankRange[] {
  const best = rankWithUncertainty(entries);
  return entries.map((e, i) => {
    let above = 0;
    for (let j = 0; j < entries.length; j++) {
      if (j !== i && (entries[j] as T).ciHigh > e.ciLow) above++;
    }
    return { best: best[i] as number, worst: Math.max(best[i] as number, 1 + above) };
  });
}
