import type { Db } from "@/lib/db";
import type { RatingMethod } from "@/lib/db/enums";
import type { LeaderboardRecord } from "./catalog-types";
import { leaderboardRecordSelect } from "./create-leaderboard";

export interface EditorSnapshotRow {
  id: string;
  model: string;
  modelName: string;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  rank: number | null;
  method: RatingMethod;
}

export interface LeaderboardEditorView {
  board: LeaderboardRecord;
  /** Snapshot times, newest first, with how many models each holds. */
  dates: { capturedAt: string; method: RatingMethod; count: number }[];
  /** The newest snapshot time's rows, by rank. */
  latest: EditorSnapshotRow[];
}

const RECENT_DATES = 12;

/** What the editor sees on a board's page: its settings, recent snapshot times and the latest standings. */
export async function getLeaderboardEditorView(db: Db, slug: string): Promise<LeaderboardEditorView | null> {
  const board = await db.leaderboard.findUnique({ where: { slug }, select: leaderboardRecordSelect });
  if (!board) return null;
  const groups = await db.eloSnapshot.groupBy({
    by: ["capturedAt", "method"],
    where: { leaderboardId: board.id },
    _count: { _all: true },
    orderBy: { capturedAt: "desc" },
    take: RECENT_DATES,
  });
  const newest = groups[0];
  const latest = newest
    ? await db.eloSnapshot.findMany({
        where: { leaderboardId: board.id, capturedAt: newest.capturedAt, method: newest.method },
        orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { rating: "desc" }],
        select: {
          id: true,
          rating: true,
          ciLow: true,
          ciHigh: true,
          votes: true,
          rank: true,
          method: true,
          model: { select: { slug: true, name: true } },
        },
      })
    : [];
  return {
    board,
    dates: groups.map((g) => ({ capturedAt: g.capturedAt.toISOString(), method: g.method, count: g._count._all })),
    latest: latest.map(({ model, ...s }) => ({ ...s, model: model.slug, modelName: model.name })),
  };
}
