import type { BattleOutcome, Tx } from "@/lib/db";

export interface BattleCountRow {
  modelA: string;
  modelB: string;
  outcome: BattleOutcome;
  count: number;
}

/**
 * A board's battles grouped by (A, B, outcome) in the database — all of them,
 * or those voted in [from, to) — at most four rows per ordered model pair,
 * however many votes there are: a million battles never reach this process.
 */
export async function loadBattleCounts(db: Tx, leaderboardId: string, window?: { from: Date | null; to: Date }): Promise<BattleCountRow[]> {
  const rows = window
    ? await db.$queryRaw<{ a: string; b: string; o: BattleOutcome; n: number }[]>`
        SELECT "modelAId" AS a, "modelBId" AS b, outcome::text AS o, count(*)::int AS n FROM "Battle"
        WHERE "leaderboardId" = ${leaderboardId} AND "votedAt" < ${window.to}
          AND (${window.from}::timestamp(3) IS NULL OR "votedAt" >= ${window.from}::timestamp(3))
        GROUP BY 1, 2, 3`
    : await db.$queryRaw<{ a: string; b: string; o: BattleOutcome; n: number }[]>`
        SELECT "modelAId" AS a, "modelBId" AS b, outcome::text AS o, count(*)::int AS n FROM "Battle"
        WHERE "leaderboardId" = ${leaderboardId}
        GROUP BY 1, 2, 3`;
  return rows.map((r) => ({ modelA: r.a, modelB: r.b, outcome: r.o, count: Number(r.n) }));
}

/** The span of the board's vote times, and whether some votes have none. */
export async function loadVoteSpan(db: Tx, leaderboardId: string) {
  const [row] = await db.$queryRaw<{ first: Date | null; last: Date | null; total: number; untimed: number }[]>`
    SELECT min("votedAt") AS first, max("votedAt") AS last, count(*)::int AS total,
           count(*) FILTER (WHERE "votedAt" IS NULL)::int AS untimed
    FROM "Battle" WHERE "leaderboardId" = ${leaderboardId}`;
  return {
    first: row?.first ?? null,
    last: row?.last ?? null,
    total: Number(row?.total ?? 0),
    untimed: Number(row?.untimed ?? 0),
  };
}
