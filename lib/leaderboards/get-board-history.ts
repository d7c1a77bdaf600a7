import { getDb, type Db } from "@/lib/db";
import { toBoardHistoryChart, type BoardHistoryChart } from "./board-history-chart-data";

/** Every snapshot on a board, shaped for the multi-model history chart. One query. */
export async function getBoardHistory(
  board: { id: string; method: string },
  db?: Db,
): Promise<BoardHistoryChart> {
  const client = db ?? (await getDb());
  const snapshots = await client.eloSnapshot.findMany({
    where: { leaderboardId: board.id },
    orderBy: { capturedAt: "asc" },
    select: {
      capturedAt: true,
      rating: true,
      ciLow: true,
      ciHigh: true,
      votes: true,
      rank: true,
      method: true,
      anchor: true,
      displayLabel: true,
      model: { select: { slug: true, name: true } },
    },
  });
  return toBoardHistoryChart(snapshots, { preferMethod: board.method });
}
