import type { Db } from "@/lib/db";

/** How many votes a board holds, and the time of the newest. */
export async function countBoardBattles(db: Db, boardSlug: string) {
  const agg = await db.battle.aggregate({ where: { leaderboard: { slug: boardSlug } }, _count: { _all: true }, _max: { votedAt: true } });
  return { count: agg._count._all, lastVotedAt: agg._max.votedAt };
}
