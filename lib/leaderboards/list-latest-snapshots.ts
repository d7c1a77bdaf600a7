import type { Db, RatingMethod } from "@/lib/db";
import type { LeaderboardSummary } from "@/lib/models/list-leaderboards";

export interface LatestSnapshotRow {
  leaderboardId: string;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  rank: number | null;
  displayLabel: string | null;
  model: { id: string; slug: string; name: string; isDemo: boolean };
}

export interface LatestSnapshot {
  capturedAt: Date;
  method: RatingMethod;
  rows: LatestSnapshotRow[];
}

/**
 * The latest snapshot of each board — its own rating method at its latest
 * date, else whatever is newest, as the board page shows — for all boards in
 * two queries. Boards with no snapshot are absent from the map.
 */
export async function listLatestSnapshots(boards: readonly LeaderboardSummary[], client: Db): Promise<Map<string, LatestSnapshot>> {
  if (boards.length === 0) return new Map();
  const perMethod = await client.eloSnapshot.groupBy({
    by: ["leaderboardId", "method"],
    where: { leaderboardId: { in: boards.map((b) => b.id) } },
    _max: { capturedAt: true },
  });
  const picks = new Map<string, { method: RatingMethod; capturedAt: Date }>();
  for (const board of boards) {
    const candidates = perMethod
      .filter((g) => g.leaderboardId === board.id && g._max.capturedAt !== null)
      .map((g) => ({ method: g.method, capturedAt: g._max.capturedAt as Date }));
    const own = candidates.find((c) => c.method === board.method);
    const newest = [...candidates].sort(
      (a, b) => b.capturedAt.getTime() - a.capturedAt.getTime() || a.method.localeCompare(b.method),
    )[0];
    const pick = own ?? newest;
    if (pick) picks.set(board.id, pick);
  }
  if (picks.size === 0) return new Map();

  const rows = await client.eloSnapshot.findMany({
    where: { OR: [...picks.entries()].map(([leaderboardId, p]) => ({ leaderboardId, method: p.method, capturedAt: p.capturedAt })) },
    select: {
      leaderboardId: true,
      rating: true,
      ciLow: true,
      ciHigh: true,
      votes: true,
      rank: true,
      displayLabel: true,
      model: { select: { id: true, slug: true, name: true, isDemo: true } },
    },
  });
  const out = new Map<string, LatestSnapshot>();
  for (const [boardId, p] of picks) out.set(boardId, { ...p, rows: rows.filter((r) => r.leaderboardId === boardId) });
  return out;
}
