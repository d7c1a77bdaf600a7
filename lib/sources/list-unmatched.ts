import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/** A name a board's source published that no model answers to yet. */
export interface UnmatchedName {
  id: string;
  sourceId: string;
  sourceUrl: string;
  sourceKey: string;
  displayName: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  lastRating: number | null;
  lastCiLow: number | null;
  lastCiHigh: number | null;
}

/** The board's unmatched names, best last rating first: the ones most likely to matter on top. */
export async function listUnmatched(db: Db, boardSlug: string): Promise<UnmatchedName[]> {
  const board = await db.leaderboard.findUnique({ where: { slug: boardSlug }, select: { id: true } });
  if (!board) throw new NotFoundError(`No leaderboard with the slug "${boardSlug}".`);
  const rows = await db.sourceName.findMany({
    where: { modelId: null, source: { leaderboardId: board.id } },
    include: { source: { select: { url: true } } },
    orderBy: [{ lastRating: { sort: "desc", nulls: "last" } }, { sourceKey: "asc" }],
  });
  return rows.map((r) => ({
    id: r.id,
    sourceId: r.sourceId,
    sourceUrl: r.source.url,
    sourceKey: r.sourceKey,
    displayName: r.displayName,
    firstSeenAt: r.firstSeenAt,
    lastSeenAt: r.lastSeenAt,
    lastRating: r.lastRating,
    lastCiLow: r.lastCiLow,
    lastCiHigh: r.lastCiHigh,
  }));
}
