import { getDb, type Db } from "@/lib/db";
import { findMethodBreaks, toChartSeries, type ChartPoint, type MethodBreak } from "@/lib/elo/chart-data";
import { leaderboardSummarySelect, type LeaderboardSummary } from "./list-leaderboards";

export interface RatingHistory {
  board: LeaderboardSummary;
  points: ChartPoint[];
  breaks: MethodBreak[];
  latest: ChartPoint;
}

/**
 * A model's Elo history on every leaderboard it appears on, in leaderboard
 * display order, shaped for the chart. One query for all boards.
 */
export async function listModelRatingHistory(
  model: { id: string; name: string },
  db?: Db,
): Promise<RatingHistory[]> {
  const client = db ?? (await getDb());
  const snapshots = await client.eloSnapshot.findMany({
    where: { modelId: model.id },
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
      leaderboard: { select: leaderboardSummarySelect },
    },
  });
  const byBoard = new Map<string, { board: LeaderboardSummary; rows: typeof snapshots }>();
  for (const s of snapshots) {
    const entry = byBoard.get(s.leaderboard.id);
    if (entry) entry.rows.push(s);
    else byBoard.set(s.leaderboard.id, { board: s.leaderboard, rows: [s] });
  }
  return [...byBoard.values()]
    .sort((a, b) => a.board.position - b.board.position || a.board.name.localeCompare(b.board.name))
    .flatMap(({ board, rows }) => {
      const points = toChartSeries(rows, { modelName: model.name, preferMethod: board.method });
      const latest = points[points.length - 1];
      if (!latest) return [];
      return [{ board, points, breaks: findMethodBreaks(points), latest }];
    });
}
