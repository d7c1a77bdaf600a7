import type { Db, Prisma } from "../db";
import { toPage, type Page } from "@/lib/db/paginate";
import { NOTIFICATION_SELECT, toNotificationDto, type NotificationDto } from "./notification-dto";

export const NOTIFICATIONS_SCOPE = "notifications";

/** The inbox: notifications meant for the INBOX channel. */
export function inboxWhere(userId: string): Prisma.NotificationWhereInput {
  return { userId, inbox: true };
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  return db.notification.count({ where: { ...inboxWhere(userId), readAt: null } });
}

/** A keyset page of the inbox, newest first, resumed after [createdAt, id]. */
export async function listNotifications(
  db: Db,
  userId: string,
  opts: { limit: number; after?: readonly [string, string]; unreadOnly?: boolean },
): Promise<Page<NotificationDto> & { unreadCount: number }> {
  const where: Prisma.NotificationWhereInput = inboxWhere(userId);
  if (opts.unreadOnly) where.readAt = null;
  if (opts.after) {
    const [at, id] = opts.after;
    where.OR = [{ createdAt: { lt: new Date(at) } }, { createdAt: new Date(at), id: { lt: id } }];
  }
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: opts.limit + 1, select: NOTIFICATION_SELECT }),
    countUnread(db, userId),
  ]);
  const withKey = rows.map((r) => ({ dto: toNotificationDto(r), key: [r.createdAt.toISOString(), r.id] as const }));
  const page = toPage(withKey, opts.limit, NOTIFICATIONS_SCOPE, (r) => [...r.key]);
  return { items: page.items.map((r) => r.dto), next: page.next, unreadCount };
}
