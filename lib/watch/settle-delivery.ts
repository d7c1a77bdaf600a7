// After an attempt: SENT, or back to PENDING with exponential backoff, DEAD
// once retrying would pass 24 hours; a webhook failing again and again is
// disabled and its owner told (inbox and e-mail).
import type { Db, Tx } from "../db";
import { createNotifications } from "./fan-out-signals";

const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 6 * 3_600_000;
export const RETRY_WINDOW_MS = 24 * 3_600_000;
/** Consecutive failed attempts (across deliveries) after which a webhook is disabled. */
export const WEBHOOK_DISABLE_AFTER = 10;

/** 30 s, 1 min, 2 min, … capped at 6 h; null when the next try would fall outside the 24 h window. */
export function retryDelayMs(attempts: number, createdAt: Date, now: Date): number | null {
  const delay = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), MAX_RETRY_MS);
  return now.getTime() + delay - createdAt.getTime() > RETRY_WINDOW_MS ? null : delay;
}

export async function markManySent(db: Db, ids: string[], now: Date): Promise<void> {
  await db.delivery.updateMany({ where: { id: { in: ids } }, data: { status: "SENT", sentAt: now, leaseUntil: null, lastError: null } });
}

export async function markSent(db: Db, id: string, now: Date, responseStatus: number | null, webhookId: string | null): Promise<void> {
  await db.delivery.update({ where: { id }, data: { status: "SENT", sentAt: now, leaseUntil: null, lastError: null, responseStatus } });
  // A success ends a failure streak; the common case (no streak) writes nothing.
  if (webhookId) await db.webhook.updateMany({ where: { id: webhookId, failureCount: { gt: 0 } }, data: { failureCount: 0 } });
}

async function disableWebhook(tx: Tx, webhookId: string, now: Date): Promise<void> {
  const hook = await tx.webhook.update({ where: { id: webhookId }, data: { enabled: false, disabledAt: now }, select: { url: true, failureCount: true, user: { select: { id: true, digest: true } } } });
  await tx.delivery.updateMany({ where: { webhookId, status: "PENDING" }, data: { status: "DEAD", lastError: "webhook disabled after repeated failure" } });
  const signal = await tx.signal.create({
    data: {
      type: "WEBHOOK_DISABLED",
      title: `Your webhook ${hook.url} was disabled after ${hook.failureCount} failed deliveries`,
      payload: { webhookId, url: hook.url },
      occurredAt: now,
      fannedOutAt: now,
    },
    select: { id: true },
  });
  await createNotifications(tx, signal.id, [{ userId: hook.user.id, channels: new Set(["INBOX", "EMAIL", "FEED"]), digest: hook.user.digest === "NEVER" ? "NEVER" : "INSTANT", webhookIds: [] }], now);
}

export async function markFailed(
  db: Db,
  d: { id: string; attempts: number; createdAt: Date; webhookId: string | null },
  now: Date,
  error: string,
  responseStatus: number | null,
): Promise<void> {
  const delay = retryDelayMs(d.attempts, d.createdAt, now);
  // Not runMutation(): the worker settling its own outbox row (no actor, audit row or cache), and
  // runMutation's after-commit wakeWorkers() would have it wake itself for every failed delivery.
  await db.$transaction(async (tx) => {
    await tx.delivery.update({
      where: { id: d.id },
      data: {
        status: delay === null ? "DEAD" : "PENDING",
        nextAttemptAt: new Date(now.getTime() + (delay ?? 0)),
        leaseUntil: null,
        lastError: error.slice(0, 500),
        responseStatus,
      },
    });
    if (!d.webhookId) return;
    const hook = await tx.webhook.update({ where: { id: d.webhookId }, data: { failureCount: { increment: 1 } }, select: { failureCount: true, enabled: true } });
    if (hook.enabled && hook.failureCount >= WEBHOOK_DISABLE_AFTER) await disableWebhook(tx, d.webhookId, now);
  });
}
