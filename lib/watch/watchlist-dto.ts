import type { Channel, Prisma, SignalType } from "../db";

export const WATCH_SELECT = {
  id: true,
  signals: true,
  channels: true,
  ratingThreshold: true,
  createdAt: true,
  model: { select: { slug: true, name: true } },
  rivalModel: { select: { slug: true, name: true } },
} as const satisfies Prisma.WatchlistEntrySelect;

type WatchRow = Prisma.WatchlistEntryGetPayload<{ select: typeof WATCH_SELECT }>;

export interface WatchDto {
  model: { slug: string; name: string };
  /** Empty: every signal. */
  signals: SignalType[];
  /** Empty: every channel the user has set up. */
  channels: Channel[];
  ratingThreshold: number | null;
  rival: { slug: string; name: string } | null;
  createdAt: string;
}

export function toWatchDto(row: WatchRow): WatchDto {
  return {
    model: row.model,
    signals: row.signals,
    channels: row.channels,
    ratingThreshold: row.ratingThreshold,
    rival: row.rivalModel,
    createdAt: row.createdAt.toISOString(),
  };
}
