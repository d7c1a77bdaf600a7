import type { Prisma, SignalType } from "../db";
import { signalSubjectPath } from "./signal-document";

export const NOTIFICATION_SELECT = {
  id: true,
  readAt: true,
  createdAt: true,
  signal: {
    select: {
      type: true,
      title: true,
      verified: true,
      occurredAt: true,
      payload: true,
      model: { select: { slug: true, name: true } },
      claim: { select: { id: true } },
      leaderboard: { select: { slug: true } },
    },
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

export function toNotificationDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    type: row.signal.type,
    title: row.signal.title,
    model: row.signal.model,
    verified: row.signal.verified,
    occurredAt: row.signal.occurredAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
    link: signalSubjectPath(row.signal),
  };
}
