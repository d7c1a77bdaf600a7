import type { Db } from "../db";
import { BOARD_WATCH_SELECT, toBoardWatchDto, type BoardWatchDto } from "./board-watch-dto";

/** The boards one user watches, by name. */
export async function listBoardWatches(db: Db, userId: string): Promise<BoardWatchDto[]> {
  const rows = await db.boardWatch.findMany({ where: { userId }, select: BOARD_WATCH_SELECT, orderBy: { leaderboard: { name: "asc" } } });
  return rows.map(toBoardWatchDto);
}
