// Pure shaping of a board's standings for the leaderboard page: models under
// the board's vote minimum are listed apart (their ratings are not settled),
// and the ranked ones are grouped by shared rank-with-uncertainty so a reader
// sees at a glance which models are statistically tied.

export interface RankedLike {
  rank: number;
  rating: number;
  provisional: boolean;
}

export interface TiedGroup<T> {
  rank: number;
  rows: T[];
  /** More than one model shares this rank: their intervals do not separate them. */
  tied: boolean;
}

/** Ranked rows (enough votes) and provisional rows (fewer than the board's minimum), each best first. */
export function partitionStandings<T extends RankedLike>(rows: readonly T[]): { ranked: T[]; provisional: T[] } {
  const ranked = rows.filter((r) => !r.provisional).sort((a, b) => a.rank - b.rank || b.rating - a.rating);
  const provisional = rows.filter((r) => r.provisional).sort((a, b) => b.rating - a.rating);
  return { ranked, provisional };
}

/** Consecutive runs of the same rank, in rank order. */
export function groupTiedStandings<T extends RankedLike>(ranked: readonly T[]): TiedGroup<T>[] {
  const sorted = [...ranked].sort((a, b) => a.rank - b.rank || b.rating - a.rating);
  const groups: TiedGroup<T>[] = [];
  for (const row of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.rank === row.rank) {
      last.rows.push(row);
      last.tied = true;
    } else {
      groups.push({ rank: row.rank, rows: [row], tied: false });
    }
  }
  return groups;
}
