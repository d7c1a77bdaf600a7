/** How a board's entry stands in a version, for the new-contender rule. */
export interface ContenderInput {
  key: string;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  /** Rank with uncertainty in this version (null: provisional). */
  rank: number | null;
  /** Unmatched, or a model with no known owner in the arena-only stage (an anonymous codename). */
  unknownOwner: boolean;
  /** Its rank in the source's previous version; null when it was not there. */
  previousRank: number | null;
  /** A NEW_CONTENDER was sent for it on this board already. */
  signaled: boolean;
}

export interface NewContender {
  key: string;
  reason: "top" | "above-leader";
  /** Keys of the known entries it now stands above, within the top N. */
  displaced: string[];
}

/**
 * The unknown names that just became contenders: first entering the top N
 * by rank with uncertainty, or with a lower bound above the upper bound of
 * the best-rated known model. Once per entry: one already signaled is not
 * again, and one that was in the top N in the previous version did not just
 * enter it.
 */
export function findNewContenders(entries: readonly ContenderInput[], topN: number): NewContender[] {
  const known = entries.filter((e) => !e.unknownOwner);
  const leader = known.reduce<ContenderInput | null>((best, e) => (best === null || e.rating > best.rating ? e : best), null);
  const out: NewContender[] = [];
  for (const e of entries) {
    if (!e.unknownOwner || e.signaled) continue;
    const inTop = e.rank !== null && e.rank <= topN;
    const wasTop = e.previousRank !== null && e.previousRank <= topN;
    const aboveLeader = leader !== null && e.ciLow !== null && leader.ciHigh !== null && e.ciLow > leader.ciHigh;
    if (!(inTop && !wasTop) && !aboveLeader) continue;
    const displaced = known.filter((k) => k.rating < e.rating && k.rank !== null && k.rank <= topN).map((k) => k.key);
    out.push({ key: e.key, reason: aboveLeader ? "above-leader" : "top", displaced });
  }
  return out;
}
