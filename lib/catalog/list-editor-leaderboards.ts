import type { Db } from "@/lib/db";
import type { LeaderboardRecord } from "./catalog-types";
import { leaderboardRecordSelect } from "./create-leaderboard";

export interface EditorLeaderboardRow extends LeaderboardRecord {
  snapshots: number;
  latestCapturedAt: string | null;
}

/** Every leaderboard in display order, with how much data it holds. */
export async function listEditorLeaderboards(db: Db): Promise<EditorLeaderboardRow[]> {
  const [boards, latest] = await Promise.all([
    db.leaderboard.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { ...leaderboardRecordSelect, _count: { select: { snapshots: true } } },
    }),
    db.eloSnapshot.groupBy({ by: ["leaderboardId"], _max: { capturedAt: true } }),
  ]);
  const latestBy = new Map(latest.map((l) => [l.leaderboardId, l._max.capturedAt]));
  return boards.map(({ _count, ...b }) => ({
    ...b,
    snapshots: _count.snapshots,
    latestCapturedAt: latestBy.get(b.id)?.toISOString() ?? null,
  }));
}
