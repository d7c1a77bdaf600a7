// What one outbox row sends: a mail (one change, or a period's digest) or a
// webhook body. Read fresh from the database at send time, so a retry sends
// the same content under the same idempotency key.
import { createHash } from "node:crypto";
import type { Db, Prisma } from "../db";
import type { MailMessage } from "../mail/mailer";
import { composeNotificationMail, type DigestItem } from "./compose-digest";
import type { DeliveryTransport } from "./delivery-transport";
import { parseDigestKey } from "./digest-period";
import { SIGNAL_SUBJECT_SELECT, subjectFacts, toSignalDocument } from "./signal-document";
import { signUnsubscribeToken } from "./unsubscribe-token";
import { SIGNAL_LABELS } from "./watch-signal-labels";

export const DELIVERY_SELECT = {
  id: true,
  userId: true,
  channel: true,
  idempotencyKey: true,
  attempts: true,
  createdAt: true,
  user: { select: { email: true } },
  webhook: { select: { id: true, url: true, secret: true, enabled: true } },
  notificationId: true,
} as const satisfies Prisma.DeliverySelect;
export type DeliveryRow = Prisma.DeliveryGetPayload<{ select: typeof DELIVERY_SELECT }>;

export const NOTIFICATION_CONTENT = {
  id: true,
  createdAt: true,
  signal: { select: SIGNAL_SUBJECT_SELECT },
} as const satisfies Prisma.NotificationSelect;
export type ContentRow = Prisma.NotificationGetPayload<{ select: typeof NOTIFICATION_CONTENT }>;

function toItem(row: ContentRow, site: URL): DigestItem {
  const s = row.signal;
  const doc = toSignalDocument(s, site);
  return {
    type: s.type,
    title: s.title,
    model: s.model,
    verified: s.verified,
    aboutClaim: doc.claim !== null,
    occurredAt: s.occurredAt,
    url: doc.url,
    facts: subjectFacts(doc),
  };
}

/** A Message-ID derived from the idempotency key: a mail resent after a crash is the same message to every client. */
export function messageIdFor(key: string, site: URL): string {
  return `${createHash("sha256").update(key).digest("hex").slice(0, 32)}@${site.hostname || "modelwatch.local"}`;
}

/** The mail for an EMAIL row, or null when there is nothing left to say (e.g. every item was deleted). */
export async function buildMail(db: Db, delivery: DeliveryRow, t: DeliveryTransport, preloaded?: ContentRow): Promise<MailMessage | null> {
  const digest = parseDigestKey(delivery.idempotencyKey);
  const rows = digest
    ? await db.notification.findMany({
        // Notifications that went out one by one are not repeated in a digest.
        where: { userId: delivery.userId, email: true, createdAt: { gte: digest.start, lt: digest.end }, deliveries: { none: { channel: "EMAIL" } } },
        select: NOTIFICATION_CONTENT,
        orderBy: { createdAt: "asc" },
      })
    : preloaded
      ? [preloaded]
      : delivery.notificationId
        ? await db.notification.findMany({ where: { id: delivery.notificationId }, select: NOTIFICATION_CONTENT })
        : [];
  if (!rows.length) return null;
  const items = rows.map((r) => toItem(r, t.siteUrl));
  const token = signUnsubscribeToken(t.secret, delivery.userId);
  const oneClick = new URL(`api/v1/unsubscribe?token=${encodeURIComponent(token)}`, t.siteUrl).toString();
  const unsubscribePage = new URL(`unsubscribe?token=${encodeURIComponent(token)}`, t.siteUrl).toString();
  const first = items[0]!;
  const period = digest ? `${digest.frequency === "DAILY" ? "daily" : "weekly"} digest since ${digest.start.toISOString().slice(0, 10)}` : null;
  const mail = composeNotificationMail({
    subject: period
      ? `Modelwatch ${period}: ${items.length} change${items.length === 1 ? "" : "s"}`
      : `${first.model ? `${first.model.name}: ` : ""}${SIGNAL_LABELS[first.type]}`,
    intro: period ? `Your Modelwatch ${period}, grouped by model, verified changes first.` : "A change on a model you watch:",
    items,
    manageUrl: new URL("watchlist", t.siteUrl).toString(),
    unsubscribeUrl: unsubscribePage,
  });
  return {
    to: delivery.user.email,
    ...mail,
    messageId: messageIdFor(delivery.idempotencyKey, t.siteUrl),
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** The JSON body of a WEBHOOK row (a notification, or a test event). */
export async function buildWebhookBody(db: Db, delivery: DeliveryRow, t: DeliveryTransport, preloaded?: ContentRow): Promise<string> {
  if (!delivery.notificationId) {
    return JSON.stringify({ id: delivery.idempotencyKey, type: "test", title: "Test delivery from Modelwatch", occurredAt: delivery.createdAt.toISOString() });
  }
  const row = preloaded ?? (await db.notification.findUniqueOrThrow({ where: { id: delivery.notificationId }, select: NOTIFICATION_CONTENT }));
  // `id` is the delivery's idempotency key: the same on a retry, so receivers can drop repeats.
  return JSON.stringify({ id: delivery.idempotencyKey, ...toSignalDocument(row.signal, t.siteUrl) });
}
