import { getDb, type Db } from "@/lib/db";

/** Latest snapshot date per leaderboard id (boards without snapshots are absent). One query. */
export async function listLeaderboardLatestDates(db?: Db): Promise<Map<string, Date>> {
  const client = db ?? (await getDb());
  const groups = await client.eloSnapshot.groupBy({ by: ["leaderboardId"], _max: { capturedAt: true } });
  const out = new Map<string, Date>();
  for (const g of groups) if (g._max.capturedAt) out.set(g.leaderboardId, g._max.capturedAt);
  return out;
}
