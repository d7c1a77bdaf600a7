// Fan-out: turns each new signal into one notification per interested user and
// one outbox row per channel that needs sending, in one transaction per signal.
// Workers claim signals with SKIP LOCKED, so several can run at once without
// notifying anyone twice (and the unique (userId, signalId) pair backs that up).
import { randomUUID } from "node:crypto";
import type { Channel, Db, DigestFrequency, Prisma, SignalType, Tx } from "../db";
import { digestKey, digestPeriod } from "./digest-period";
import { ALL_CHANNELS, EDITOR_SIGNALS, wantsSignal } from "./wants-signal";

interface Recipient {
  userId: string;
  channels: Set<Channel>;
  digest: DigestFrequency;
  webhookIds: string[];
}

const USER_SELECT = {
  id: true,
  digest: true,
  webhooks: { where: { enabled: true }, select: { id: true } },
} as const satisfies Prisma.UserSelect;

function addRecipient(map: Map<string, Recipient>, user: Prisma.UserGetPayload<{ select: typeof USER_SELECT }>, channels: readonly Channel[]) {
  const r = map.get(user.id) ?? { userId: user.id, channels: new Set<Channel>(), digest: user.digest, webhookIds: user.webhooks.map((w) => w.id) };
  (channels.length ? channels : ALL_CHANNELS).forEach((c) => r.channels.add(c));
  map.set(user.id, r);
}

async function recipientsOf(tx: Tx, signal: { type: SignalType; modelId: string | null; payload: Prisma.JsonValue }): Promise<Recipient[]> {
  const map = new Map<string, Recipient>();
  if (signal.modelId) {
    const entries = await tx.watchlistEntry.findMany({
      where: { modelId: signal.modelId, user: { disabledAt: null } },
      select: { signals: true, channels: true, ratingThreshold: true, rivalModelId: true, user: { select: USER_SELECT } },
    });
    for (const e of entries) if (wantsSignal(e, signal)) addRecipient(map, e.user, e.channels);
  }
  if (EDITOR_SIGNALS.includes(signal.type)) {
    const editors = await tx.user.findMany({ where: { role: { in: ["EDITOR", "ADMIN"] }, disabledAt: null }, select: USER_SELECT });
    for (const u of editors) addRecipient(map, u, []);
  }
  return [...map.values()];
}

/** Notification and outbox rows for one signal's recipients (also used for notices to one user). */
export async function createNotifications(tx: Tx, signalId: string, recipients: readonly Recipient[], now: Date): Promise<number> {
  const notifications: Prisma.NotificationCreateManyInput[] = [];
  const deliveries: Prisma.DeliveryCreateManyInput[] = [];
  for (const r of recipients) {
    const id = randomUUID();
    notifications.push({ id, userId: r.userId, signalId, inbox: r.channels.has("INBOX"), feed: r.channels.has("FEED"), email: r.channels.has("EMAIL"), createdAt: now });
    if (r.channels.has("EMAIL") && r.digest === "INSTANT") {
      deliveries.push({ userId: r.userId, notificationId: id, channel: "EMAIL", idempotencyKey: `email:${id}`, nextAttemptAt: now });
    } else if (r.channels.has("EMAIL") && (r.digest === "DAILY" || r.digest === "WEEKLY")) {
      const period = digestPeriod(r.digest, now);
      deliveries.push({ userId: r.userId, channel: "EMAIL", idempotencyKey: digestKey(r.digest, r.userId, period.start), nextAttemptAt: period.end });
    }
    if (r.channels.has("WEBHOOK")) {
      for (const webhookId of r.webhookIds) {
        deliveries.push({ userId: r.userId, notificationId: id, webhookId, channel: "WEBHOOK", idempotencyKey: `webhook:${webhookId}:${id}`, nextAttemptAt: now });
      }
    }
  }
  const { count } = await tx.notification.createMany({ data: notifications, skipDuplicates: true });
  // A digest row already exists for most of a period: skipDuplicates keeps the first.
  if (deliveries.length) await tx.delivery.createMany({ data: deliveries, skipDuplicates: true });
  return count;
}

export interface FanOutResult {
  signals: number;
  notifications: number;
}

/**
 * Fans out up to `limit` signals, oldest first, each in its own transaction
 * (a signal with 10,000 watchers is one insert of 10,000 rows, not 10,000
 * transactions). Returns how much it did; 0 signals means nothing is waiting.
 */
export async function fanOutSignals(db: Db, opts: { limit?: number; now?: () => Date } = {}): Promise<FanOutResult> {
  const limit = opts.limit ?? 50;
  const clock = opts.now ?? (() => new Date());
  const result: FanOutResult = { signals: 0, notifications: 0 };
  for (let i = 0; i < limit; i++) {
    const done = await db.$transaction(
      async (tx) => {
        const [claimed] = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "Signal" WHERE "fannedOutAt" IS NULL
          ORDER BY "occurredAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!claimed) return null;
        const signal = await tx.signal.findUniqueOrThrow({ where: { id: claimed.id }, select: { id: true, type: true, modelId: true, payload: true } });
        const now = clock();
        const count = await createNotifications(tx, signal.id, await recipientsOf(tx, signal), now);
        await tx.signal.update({ where: { id: signal.id }, data: { fannedOutAt: now } });
        return count;
      },
      { maxWait: 30_000, timeout: 120_000 },
    );
    if (done === null) break;
    result.signals += 1;
    result.notifications += done;
  }
  return result;
}
