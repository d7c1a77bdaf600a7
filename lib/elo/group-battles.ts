import type { BattleOutcome } from "@/lib/db/enums";

export interface BattleInput {
  modelA: string;
  modelB: string;
  outcome: BattleOutcome;
}

/** One distinct (A, B, outcome) with how many battles had it. */
export interface GroupedRow {
  /** Indexes into GroupedBattles.models. */
  a: number;
  b: number;
  outcome: BattleOutcome;
  count: number;
}

export interface GroupedBattles {
  /** Model keys, sorted: the index order of every rating array. */
  models: string[];
  /** Sorted by (a, b, outcome), so the same battles always give the same rows. */
  rows: GroupedRow[];
}

const OUTCOME_ORDER: Record<BattleOutcome, number> = { A: 0, B: 1, TIE: 2, TIE_BOTHBAD: 3 };

/**
 * Groups identical (A, B, outcome) battles with their count: what every fit
 * and bootstrap round works on, so their cost depends on the number of model
 * pairs, not on the number of votes. Accepts already-counted rows (from a
 * database GROUP BY) as well as single battles (count 1). A battle of a model
 * against itself says nothing about ratings and is dropped.
 */
export function groupBattles(battles: Iterable<BattleInput & { count?: number }>): GroupedBattles {
  const counts = new Map<string, { modelA: string; modelB: string; outcome: BattleOutcome; count: number }>();
  const names = new Set<string>();
  for (const bt of battles) {
    if (bt.modelA === bt.modelB) continue;
    const count = bt.count ?? 1;
    if (count <= 0) continue;
    names.add(bt.modelA).add(bt.modelB);
    const key = `${bt.modelA}\u0000${bt.modelB}\u0000${bt.outcome}`;
    const row = counts.get(key);
    if (row) row.count += count;
    else counts.set(key, { modelA: bt.modelA, modelB: bt.modelB, outcome: bt.outcome, count });
  }
  const models = [...names].sort();
  const index = new Map(models.map((m, i) => [m, i]));
  const rows = [...counts.values()]
    .map((r) => ({ a: index.get(r.modelA) as number, b: index.get(r.modelB) as number, outcome: r.outcome, count: r.count }))
    .sort((x, y) => x.a - y.a || x.b - y.b || OUTCOME_ORDER[x.outcome] - OUTCOME_ORDER[y.outcome]);
  return { models, rows };
}

/** Battles each model took part in (its vote count), by model index. */
export function countVotes(grouped: GroupedBattles, counts?: ArrayLike<number>): number[] {
  const votes = grouped.models.map(() => 0);
  grouped.rows.forEach((r, k) => {
    const c = counts ? (counts[k] as number) : r.count;
    votes[r.a] = (votes[r.a] as number) + c;
    votes[r.b] = (votes[r.b] as number) + c;
  });
  return votes;
}
