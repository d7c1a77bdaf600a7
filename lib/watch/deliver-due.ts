// The outbox worker's step: claim due deliveries, send each, settle it. Every
// row carries an idempotency key (webhooks: `Idempotency-Key` header; mail: a
// Message-ID derived from it), so a row resent after a crash is recognisably
// the same delivery to the subscriber.
import type { Db } from "../db";
import { getLogger } from "../log/logger";
import { buildMail, buildWebhookBody, DELIVERY_SELECT, NOTIFICATION_CONTENT, type ContentRow, type DeliveryRow } from "./build-delivery-content";
import { claimDueDeliveries } from "./claim-due-deliveries";
import type { DeliveryTransport } from "./delivery-transport";
import { TEST_DELIVERY_KEY_PREFIX } from "./manage-webhooks";
import { markFailed, markManySent, markSent } from "./settle-delivery";
import { signWebhook } from "./sign-webhook";

const SETTLE_BATCH = 16;

export interface DeliverDueOptions {
  limit?: number;
  now?: () => Date;
  transport: DeliveryTransport;
  /** How long a claimed row is ours; a crashed worker's rows are retried after it. */
  leaseMs?: number;
  /** Sends at the same time (SMTP and HTTP round trips overlap). */
  concurrency?: number;
}

export interface DeliverDueResult {
  claimed: number;
  sent: number;
  failed: number;
}

async function sendOne(db: Db, d: DeliveryRow, t: DeliveryTransport, now: () => Date, content?: ContentRow): Promise<"sent" | "handed-over" | "failed"> {
  const webhookId = d.webhook?.id ?? null;
  try {
    if (d.channel === "EMAIL") {
      const mail = await buildMail(db, d, t, content);
      if (mail) await t.mailer!.send(mail);
      return "handed-over";
    }
    if (d.channel === "WEBHOOK" && d.webhook) {
      const isTest = d.idempotencyKey.startsWith(TEST_DELIVERY_KEY_PREFIX);
      if (!d.webhook.enabled && !isTest) {
        await db.delivery.update({ where: { id: d.id }, data: { status: "DEAD", leaseUntil: null, lastError: "webhook disabled" } });
        return "failed";
      }
      const body = await buildWebhookBody(db, d, t, content);
      const res = await t.postWebhook(d.webhook.url, body, {
        "X-Modelwatch-Signature": signWebhook(d.webhook.secret, body, now()),
        "Idempotency-Key": d.idempotencyKey,
        "X-Modelwatch-Delivery": d.id,
      });
      if (res.status >= 200 && res.status < 300) {
        await markSent(db, d.id, now(), res.status, webhookId);
        // A test that went through shows the endpoint works again: only this re-enables a disabled webhook.
        if (isTest && !d.webhook.enabled) await db.webhook.update({ where: { id: d.webhook.id }, data: { enabled: true, disabledAt: null, failureCount: 0 } });
        return "sent";
      }
      getLogger().info({ delivery: d.id, webhook: webhookId, status: res.status }, "webhook delivery refused");
      await markFailed(db, { ...d, webhookId }, now(), `HTTP ${res.status}`, res.status);
      return "failed";
    }
    // INBOX and FEED need no sending; a row for them (or for a deleted webhook) is done.
    await markSent(db, d.id, now(), null, null);
    return "sent";
  } catch (err) {
    getLogger().warn({ delivery: d.id, channel: d.channel, err }, "delivery failed");
    await markFailed(db, { ...d, webhookId }, now(), err instanceof Error ? err.message : String(err), null);
    return "failed";
  }
}

export async function deliverDue(db: Db, opts: DeliverDueOptions): Promise<DeliverDueResult> {
  const now = opts.now ?? (() => new Date());
  const ids = await claimDueDeliveries(db, { limit: opts.limit ?? 100, now: now(), leaseMs: opts.leaseMs ?? 60_000, mail: opts.transport.mailer !== null });
  const result: DeliverDueResult = { claimed: ids.length, sent: 0, failed: 0 };
  if (!ids.length) return result;
  const rows = await db.delivery.findMany({ where: { id: { in: ids } }, select: DELIVERY_SELECT, orderBy: { nextAttemptAt: "asc" } });
  // What the batch says, read in one query rather than one per delivery.
  const notificationIds = [...new Set(rows.flatMap((r) => (r.notificationId ? [r.notificationId] : [])))];
  const contents = new Map(
    (await db.notification.findMany({ where: { id: { in: notificationIds } }, select: NOTIFICATION_CONTENT })).map((c) => [c.id, c]),
  );
  // Mails handed to SMTP are marked SENT a few at a time (one statement each):
  // a crash before a flush resends at most those, under the same Message-ID.
  let handedOver: string[] = [];
  const flush = async () => {
    const ids = handedOver;
    handedOver = [];
    if (ids.length) await markManySent(db, ids, now());
  };
  let next = 0;
  const workers = Array.from({ length: Math.min(opts.concurrency ?? 8, rows.length) }, async () => {
    while (next < rows.length) {
      const row = rows[next++]!;
      const content = row.notificationId ? contents.get(row.notificationId) : undefined;
      const outcome = await sendOne(db, row, opts.transport, now, content);
      result[outcome === "failed" ? "failed" : "sent"] += 1;
      if (outcome === "handed-over") {
        handedOver.push(row.id);
        if (handedOver.length >= SETTLE_BATCH) await flush();
      }
    }
  });
  await Promise.all(workers);
  await flush();
  return result;
}
