import type { Channel, Prisma, SignalType } from "../db";

export const BOARD_WATCH_SELECT = {
  id: true,
  signals: true,
  channels: true,
  createdAt: true,
  leaderboard: { select: { slug: true, name: true } },
} as const satisfies Prisma.BoardWatchSelect;

type BoardWatchRow = Prisma.BoardWatchGetPayload<{ select: typeof BOARD_WATCH_SELECT }>;

export interface BoardWatchDto {
  leaderboard: { slug: string; name: string };
  /** Empty: every board signal (BOARD_SIGNALS). */
  signals: SignalType[];
  /** Empty: every channel the user has set up. */
  channels: Channel[];
  createdAt: string;
}

export function toBoardWatchDto(row: BoardWatchRow): BoardWatchDto {
  return { leaderboard: row.leaderboard, signals: row.signals, channels: row.channels, createdAt: row.createdAt.toISOString() };
}
