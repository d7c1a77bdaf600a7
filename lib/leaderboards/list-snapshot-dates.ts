import { getDb, type Db } from "@/lib/db";

/** Every capture date on a board, newest first: the choices of the "as of" picker. One query. */
export async function listSnapshotDates(leaderboardId: string, db?: Db): Promise<Date[]> {
  const client = db ?? (await getDb());
  const rows = await client.eloSnapshot.groupBy({
    by: ["capturedAt"],
    where: { leaderboardId },
    orderBy: { capturedAt: "desc" },
  });
  return rows.map((r) => r.capturedAt);
}
