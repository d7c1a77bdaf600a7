import type { Db } from "../db";
import { toWatchDto, WATCH_SELECT, type WatchDto } from "./watchlist-dto";

/** One user's watch-list, by model name. */
export async function listWatchlist(db: Db, userId: string): Promise<WatchDto[]> {
  const rows = await db.watchlistEntry.findMany({ where: { userId }, select: WATCH_SELECT, orderBy: { model: { name: "asc" } } });
  return rows.map(toWatchDto);
}
