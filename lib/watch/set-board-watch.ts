import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { Channel, Db } from "../db";
import { runMutation } from "../db/run-mutation";
import { NotFoundError } from "../errors";
import { BOARD_WATCH_SELECT, toBoardWatchDto, type BoardWatchDto } from "./board-watch-dto";
import { nextChannelsSince } from "./watch-channels";
import type { BoardSignal } from "./watch-signal-labels";

export interface BoardWatchSettings {
  signals?: BoardSignal[];
  channels?: Channel[];
}

/**
 * Watches a board (or changes what is watched on it): creates the watch or
 * updates the fields given; omitted fields keep their value (a new watch:
 * every board signal on every channel). Idempotent.
 */
export async function setBoardWatch(db: Db, actor: Actor, slug: string, settings: BoardWatchSettings): Promise<{ watch: BoardWatchDto; created: boolean }> {
  const board = await db.leaderboard.findUnique({ where: { slug }, select: { id: true } });
  if (!board) throw new NotFoundError(`No leaderboard with the slug ${slug}.`);
  const data = {
    signals: settings.signals ? [...new Set(settings.signals)] : undefined,
    channels: settings.channels ? [...new Set(settings.channels)] : undefined,
  };
  return runMutation(db, actor, async ({ tx }) => {
    const existing = await tx.boardWatch.findUnique({
      where: { userId_leaderboardId: { userId: actor.userId, leaderboardId: board.id } },
      select: { id: true, channels: true, channelsSince: true, createdAt: true },
    });
    // A channel added to a watch hears only of what happens from now on.
    const channelsSince = existing && data.channels ? nextChannelsSince(existing, data.channels, new Date()) : undefined;
    const row = existing
      ? await tx.boardWatch.update({ where: { id: existing.id }, data: { ...data, channelsSince }, select: BOARD_WATCH_SELECT })
      : await tx.boardWatch.create({ data: { ...data, userId: actor.userId, leaderboardId: board.id }, select: BOARD_WATCH_SELECT });
    await recordAudit(tx, {
      actor,
      action: "watch.board-set",
      entityType: "BoardWatch",
      entityId: row.id,
      data: { leaderboard: slug, created: !existing, signals: row.signals, channels: row.channels },
    });
    return { watch: toBoardWatchDto(row), created: !existing };
  });
}
