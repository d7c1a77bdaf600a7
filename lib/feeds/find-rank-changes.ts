import { rankWithUncertainty } from "@/lib/elo/rank-with-uncertainty";

export interface RankSnapshot {
  modelId: string;
  capturedAt: Date;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  /** Rank with uncertainty as stored; null = not ranked (under the vote minimum) when others on that date have one. */
  rank: number | null;
  displayLabel: string | null;
}

export interface RankChange {
  modelId: string;
  /** null: the model was listed but not ranked (too few votes). */
  from: number | null;
  /** null: the model dropped out of the ranking. */
  to: number | null;
  previousAt: Date;
  capturedAt: Date;
  snapshot: RankSnapshot;
  previous: RankSnapshot;
  /** Other models holding the same rank on the new date (statistically tied). */
  sharedWith: string[];
}

/**
 * Ranks for one capture date. Stored ranks win (they are what the source
 * published, and a null among them means "provisional"); without any, rank
 * with uncertainty is computed from the intervals of models with enough
 * votes, and without intervals, by plain rating order.
 */
export function ranksOnDate(rows: readonly RankSnapshot[], minVotes: number): Map<string, number | null> {
  const ranks = new Map<string, number | null>();
  if (rows.some((r) => r.rank !== null)) {
    for (const r of rows) ranks.set(r.modelId, r.rank);
    return ranks;
  }
  const eligible = rows.filter((r) => r.votes === null || r.votes >= minVotes);
  for (const r of rows) ranks.set(r.modelId, null);
  if (eligible.every((r) => r.ciLow !== null && r.ciHigh !== null)) {
    const computed = rankWithUncertainty(eligible.map((r) => ({ rating: r.rating, ciLow: r.ciLow as number, ciHigh: r.ciHigh as number })));
    eligible.forEach((r, i) => ranks.set(r.modelId, computed[i] ?? null));
  } else {
    [...eligible].sort((a, b) => b.rating - a.rating).forEach((r, i) => ranks.set(r.modelId, i + 1));
  }
  return ranks;
}

/**
 * Every change of a model's rank with uncertainty between consecutive capture
 * dates of one board (one rating method), oldest first. Rating jitter inside
 * the intervals does not move a rank, so this lists only moves a reader should
 * hear about. Models entering or leaving the board are not rank changes.
 */
export function findRankChanges(snapshots: readonly RankSnapshot[], minVotes: number): RankChange[] {
  const byDate = new Map<number, RankSnapshot[]>();
  for (const s of snapshots) {
    const t = s.capturedAt.getTime();
    const list = byDate.get(t);
    if (list) list.push(s);
    else byDate.set(t, [s]);
  }
  const dates = [...byDate.keys()].sort((a, b) => a - b);
  const changes: RankChange[] = [];
  let prevRows: RankSnapshot[] | null = null;
  let prevRanks: Map<string, number | null> | null = null;
  for (const t of dates) {
    const rows = byDate.get(t) ?? [];
    const ranks = ranksOnDate(rows, minVotes);
    if (prevRows && prevRanks) {
      const previousById = new Map(prevRows.map((r) => [r.modelId, r]));
      const moved: RankChange[] = [];
      for (const s of rows) {
        const previous = previousById.get(s.modelId);
        if (!previous) continue;
        const from = prevRanks.get(s.modelId) ?? null;
        const to = ranks.get(s.modelId) ?? null;
        if (from === to) continue;
        const sharedWith = to === null ? [] : rows.filter((o) => o.modelId !== s.modelId && ranks.get(o.modelId) === to).map((o) => o.modelId);
        moved.push({ modelId: s.modelId, from, to, previousAt: previous.capturedAt, capturedAt: s.capturedAt, snapshot: s, previous, sharedWith });
      }
      // Within a date, the top of the board first.
      moved.sort((a, b) => (a.to ?? Infinity) - (b.to ?? Infinity) || b.snapshot.rating - a.snapshot.rating);
      changes.push(...moved);
    }
    prevRows = rows;
    prevRanks = ranks;
  }
  return changes;
}
