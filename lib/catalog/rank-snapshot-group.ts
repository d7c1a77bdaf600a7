import { rankWithUncertainty } from "@/lib/elo/rank-with-uncertainty";

export interface GroupEntry {
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
}

/**
 * The rank stored with each snapshot of one board at one time (and method),
 * as the demo data and public arenas do: rank with uncertainty among entries
 * with at least `minVotes` (or no vote count); entries below the minimum are
 * provisional and get no rank. Without intervals for every ranked entry there
 * is no uncertainty to express: plain rating order.
 */
export function rankSnapshotGroup(entries: readonly GroupEntry[], minVotes: number): (number | null)[] {
  const rankedIdx = entries.flatMap((e, i) => (e.votes === null || e.votes >= minVotes ? [i] : []));
  const ranked = rankedIdx.map((i) => entries[i] as GroupEntry);
  const out: (number | null)[] = entries.map(() => null);
  if (ranked.every((e) => e.ciLow !== null && e.ciHigh !== null)) {
    const ranks = rankWithUncertainty(ranked.map((e) => ({ rating: e.rating, ciLow: e.ciLow as number, ciHigh: e.ciHigh as number })));
    rankedIdx.forEach((idx, k) => (out[idx] = ranks[k] as number));
  } else {
    rankedIdx.forEach((idx) => (out[idx] = 1 + ranked.filter((o) => o.rating > (entries[idx] as GroupEntry).rating).length));
  }
  return out;
}
