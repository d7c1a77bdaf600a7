import type { Prisma, SignalType } from "../db";

export const NOTIFICATION_SELECT = {
  id: true,
  readAt: true,
  createdAt: true,
  signal: {
    select: { type: true, title: true, verified: true, occurredAt: true, payload: true, model: { select: { slug: true, name: true } } },
  },
} as const satisfies Prisma.NotificationSelect;

export type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof NOTIFICATION_SELECT }>;

export interface NotificationDto {
  id: string;
  type: SignalType;
  title: string;
  model: { slug: string; name: string } | null;
  verified: boolean;
  occurredAt: string;
  readAt: string | null;
  link: string;
}

/** Where on the site a signal points: the model, the editors' feed list, or the watch-list. */
export function signalLink(type: SignalType, model: { slug: string } | null): string {
  if (model) return `/models/${model.slug}`;
  if (type === "FEED_BROKEN" || type === "FEED_RECOVERED") return "/editor/feeds";
  if (type === "SOURCE_BROKEN" || type === "SOURCE_RECOVERED" || type === "NEW_CONTENDER") return "/editor/leaderboards";
  return "/watchlist";
}

export function toNotificationDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    type: row.signal.type,
    title: row.signal.title,
    model: row.signal.model,
    verified: row.signal.verified,
    occurredAt: row.signal.occurredAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    link: signalLink(row.signal.type, row.signal.model),
  };
}
