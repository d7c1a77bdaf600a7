import type { Actor } from "../auth/actor";
import type { Db } from "../db";
import { runMutation } from "../db/run-mutation";
import { countUnread, inboxWhere } from "./list-notifications";

/** Marks some (or all) of the caller's unread notifications read; others' ids are ignored. */
export async function markNotificationsRead(db: Db, actor: Actor, ids?: string[]): Promise<{ marked: number; unreadCount: number }> {
  const marked = await runMutation(db, actor, async ({ tx }) => {
    const { count } = await tx.notification.updateMany({
      where: { ...inboxWhere(actor.userId), readAt: null, ...(ids ? { id: { in: ids } } : {}) },
      data: { readAt: new Date() },
    });
    return count;
  });
  return { marked, unreadCount: await countUnread(db, actor.userId) };
}
