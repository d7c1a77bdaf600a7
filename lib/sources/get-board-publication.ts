import type { Db } from "@/lib/db";

/** Where a board's numbers come from, when a source feeds it: the newest stored version. */
export interface BoardPublication {
  url: string;
  versionDate: Date;
  fetchedAt: Date;
  backfilled: boolean;
  /** The source's last successful fetch (a 304 or the same body too): how fresh the version is known to be. */
  checkedAt: Date | null;
}

export async function getBoardPublication(db: Db, boardId: string): Promise<BoardPublication | null> {
  const latest = await db.sourceVersion.findFirst({
    where: { source: { leaderboardId: boardId } },
    orderBy: { versionDate: "desc" },
    select: { versionDate: true, fetchedAt: true, backfilled: true, source: { select: { url: true, lastSuccessAt: true } } },
  });
  if (!latest) return null;
  const { url, lastSuccessAt } = latest.source;
  return { url, versionDate: latest.versionDate, fetchedAt: latest.fetchedAt, backfilled: latest.backfilled, checkedAt: lastSuccessAt ?? (latest.backfilled ? null : latest.fetchedAt) };
}
