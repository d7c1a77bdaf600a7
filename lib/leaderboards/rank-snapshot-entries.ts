import { rankRanges, type RankRange } from "@/lib/elo/rank-range";

export interface SnapshotEntry {
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  /** Rank as published by the source, when it published one. */
  rank: number | null;
}

export interface EntryRanking {
  /** As published when the snapshot has one, else rank with uncertainty among the settled entries. */
  rank: number;
  /** Ranks the 95% intervals allow (null when any entry lacks an interval). */
  rankRange: RankRange | null;
  /** Fewer votes than the board's minimum: listed, but not ranked against the settled entries. */
  provisional: boolean;
}

/**
 * Ranks one snapshot date of a board. Entries under `minVotes` do not push
 * settled entries down (public arenas rank only after a vote minimum); they
 * get the rank their interval would give them among the settled ones, for
 * display next to the "provisional" mark. Without intervals there is no
 * uncertainty to express: plain rating order.
 */
export function rankSnapshotEntries(entries: readonly SnapshotEntry[], minVotes: number): EntryRanking[] {
  const provisional = entries.map((e) => e.votes !== null && e.votes < minVotes);
  const settled = entries.filter((_, i) => !provisional[i]);
  const withIntervals = entries.every((e) => e.ciLow !== null && e.ciHigh !== null);
  const asInterval = (e: SnapshotEntry) => ({ rating: e.rating, ciLow: e.ciLow as number, ciHigh: e.ciHigh as number });
  const settledRanges = withIntervals ? rankRanges(settled.map(asInterval)) : null;

  return entries.map((e, i) => {
    let range: RankRange | null = null;
    if (withIntervals) {
      if (provisional[i]) {
        const withSelf = rankRanges([...settled.map(asInterval), asInterval(e)]);
        range = withSelf[withSelf.length - 1] ?? null;
      } else {
        range = settledRanges?.[settled.indexOf(e)] ?? null;
      }
    }
    const plainOrder = 1 + settled.filter((o) => o !== e && o.rating > e.rating).length;
    return { rank: e.rank ?? range?.best ?? plainOrder, rankRange: range, provisional: provisional[i] as boolean };
  });
}
