import type { Db } from "@/lib/db";

/** Where a board's numbers come from, when a source feeds it: the newest stored version. */
export interface BoardPublication {
  url: string;
  versionDate: Date;
  fetchedAt: Date;
  backfilled: boolean;
}

export async function getBoardPublication(db: Db, boardId: string): Promise<BoardPublication | null> {
  const latest = await db.sourceVersion.findFirst({
    where: { source: { leaderboardId: boardId } },
    orderBy: { versionDate: "desc" },
    select: { versionDate: true, fetchedAt: true, backfilled: true, source: { select: { url: true } } },
  });
  return latest ? { url: latest.source.url, versionDate: latest.versionDate, fetchedAt: latest.fetchedAt, backfilled: latest.backfilled } : null;
}
