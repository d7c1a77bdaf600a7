import type { Tx } from "@/lib/db";
import { BattleCountTable } from "@/lib/elo/battle-count-table";
import type { GroupedBattles } from "@/lib/elo/group-battles";

/**
 * Adds a board's battles grouped in the database — all of them, or those
 * voted in [from, to) — to `into`: an entry per ordered model pair with a
 * count per outcome (in BattleCountTable's OUTCOMES order), at most models²
 * entries however many votes there are: a million battles never reach this
 * process.
 */
export async function addBattleCounts(db: Tx, leaderboardId: string, into: BattleCountTable, window?: { from: Date | null; to: Date }) {
  const from = window?.from ?? null;
  const to = window?.to ?? null;
  // Without a window every vote counts, those without a time too. One row holding a JSON array,
  // not a row per pair: PGlite copies every field of every row into an ArrayBuffer of its own and
  // Prisma builds an object per row, ~1.5 KB of garbage per pair (10,000 pairs a week at 100 models).
  const [result] = await db.$queryRaw<{ pairs: [a: string, b: string, ...counts: number[]][] }[]>`
    SELECT coalesce(json_agg(json_build_array(a, b, wa, wb, tie, bad)), '[]'::json) AS pairs FROM (
      SELECT "modelAId" AS a, "modelBId" AS b,
             count(*) FILTER (WHERE outcome = 'A') AS wa, count(*) FILTER (WHERE outcome = 'B') AS wb,
             count(*) FILTER (WHERE outcome = 'TIE') AS tie, count(*) FILTER (WHERE outcome = 'TIE_BOTHBAD') AS bad
      FROM "Battle"
      WHERE "leaderboardId" = ${leaderboardId}
        AND (${to}::timestamp(3) IS NULL OR "votedAt" < ${to}::timestamp(3))
        AND (${from}::timestamp(3) IS NULL OR "votedAt" >= ${from}::timestamp(3))
      GROUP BY 1, 2) AS grouped`;
  for (const pair of result?.pairs ?? []) into.add(pair[0], pair[1], pair, 2);
}

/** All of a board's battles, grouped: what the current ratings are fitted on. */
export async function loadGroupedBattles(db: Tx, leaderboardId: string): Promise<GroupedBattles> {
  const table = new BattleCountTable();
  await addBattleCounts(db, leaderboardId, table);
  return table.grouped();
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
