import type { Db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { loadSourceHealth, type SourceHealth } from "./source-health";

/** Every source of a board, oldest first, with its health and version count. */
export async function listSources(db: Db, boardSlug: string): Promise<SourceHealth[]> {
  const board = await db.leaderboard.findUnique({ where: { slug: boardSlug }, select: { id: true } });
  if (!board) throw new NotFoundError(`No leaderboard with the slug "${boardSlug}".`);
  return loadSourceHealth(db, { leaderboardId: board.id });
}
