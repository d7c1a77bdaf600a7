// Fan-out: turns each new signal into one notification per interested user and
// one outbox row per channel that needs sending, in one transaction per signal.
// Workers claim signals with SKIP LOCKED, so several can run at once without
// notifying anyone twice (and the unique (userId, signalId) pair backs that up).
import { randomUUID } from "node:crypto";
import type { Channel, Db, DigestFrequency, Prisma, SignalType, Tx } from "../db";
import { digestKey, digestPeriod } from "./digest-period";
import { ALL_CHANNELS, EDITOR_SIGNALS, wantsBoardSignal, wantsSignal } from "./wants-signal";
import { channelsAt } from "./watch-channels";

interface Recipient {
  userId: string;
  channels: Set<Channel>;
  digest: DigestFrequency;
  webhookIds: string[];
}

/** The user's fields fan-out needs; a webhook added after the signal occurred gets none of the backlog. */
const userSelect = (occurredAt: Date) =>
  ({
    id: true,
    digest: true,
    webhooks: { where: { enabled: true, createdAt: { lte: occurredAt } }, select: { id: true } },
  }) as const satisfies Prisma.UserSelect;

type RecipientUser = Prisma.UserGetPayload<{ select: ReturnType<typeof userSelect> }>;

function addRecipient(map: Map<string, Recipient>, user: RecipientUser, channels: readonly Channel[]) {
  if (channels.length === 0) return;
  const r = map.get(user.id) ?? { userId: user.id, channels: new Set<Channel>(), digest: user.digest, webhookIds: user.webhooks.map((w) => w.id) };
  channels.forEach((c) => r.channels.add(c));
  map.set(user.id, r);
}

interface FanOutSignal {
  type: SignalType;
  modelId: string | null;
  leaderboardId: string | null;
  payload: Prisma.JsonValue;
  occurredAt: Date;
}

function displacedModelIds(payload: Prisma.JsonValue): string[] {
  const ids = payload && typeof payload === "object" && !Array.isArray(payload) ? payload.displacedModelIds : undefined;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
}

async function recipientsOf(tx: Tx, signal: FanOutSignal): Promise<Recipient[]> {
  const map = new Map<string, Recipient>();
  const select = userSelect(signal.occurredAt);
  // A new contender concerns the models it displaced too: their watchers hear of it.
  const displaced = signal.type === "NEW_CONTENDER" ? displacedModelIds(signal.payload) : [];
  const watched = [...(signal.modelId ? [signal.modelId] : []), ...displaced];
  if (watched.length) {
    const entries = await tx.watchlistEntry.findMany({
      // Watches created after the signal occurred are not told about it.
      where: { modelId: { in: watched }, createdAt: { lte: signal.occurredAt }, user: { disabledAt: null } },
      select: { signals: true, channels: true, channelsSince: true, createdAt: true, ratingThreshold: true, rivalModelId: true, user: { select } },
    });
    for (const e of entries) if (wantsSignal(e, signal)) addRecipient(map, e.user, channelsAt(e, signal.occurredAt));
  }
  // Watchers of the board hear of its top; one who also watches the model is one recipient (the map).
  if (signal.leaderboardId && wantsBoardSignal({ signals: [] }, signal)) {
    const watches = await tx.boardWatch.findMany({
      where: { leaderboardId: signal.leaderboardId, createdAt: { lte: signal.occurredAt }, user: { disabledAt: null } },
      select: { signals: true, channels: true, channelsSince: true, createdAt: true, user: { select } },
    });
    for (const w of watches) if (wantsBoardSignal(w, signal)) addRecipient(map, w.user, channelsAt(w, signal.occurredAt));
  }
  if (EDITOR_SIGNALS.includes(signal.type)) {
    const editors = await tx.user.findMany({ where: { role: { in: ["EDITOR", "ADMIN"] }, disabledAt: null }, select });
    for (const u of editors) addRecipient(map, u, ALL_CHANNELS);
  }
  return [...map.values()];
}

/**
 * Notification and outbox rows for one signal's recipients (also used for
 * notices to one user). Written as two array-parameter inserts: 10,000 rows
 * are two statements, not an ORM batch of 10,000 parameter sets.
 */
export async function createNotifications(tx: Tx, signalId: string, recipients: readonly Recipient[], now: Date): Promise<number> {
  const n = { id: [] as string[], userId: [] as string[], inbox: [] as boolean[], feed: [] as boolean[], email: [] as boolean[] };
  const d = { id: [] as string[], userId: [] as string[], notificationId: [] as (string | null)[], webhookId: [] as (string | null)[], channel: [] as Channel[], key: [] as string[], due: [] as Date[] };
  const delivery = (userId: string, notificationId: string | null, webhookId: string | null, channel: Channel, key: string, due: Date) => {
    d.id.push(randomUUID());
    d.userId.push(userId);
    d.notificationId.push(notificationId);
    d.webhookId.push(webhookId);
    d.channel.push(channel);
    d.key.push(key);
    d.due.push(due);
  };
  for (const r of recipients) {
    const id = randomUUID();
    n.id.push(id);
    n.userId.push(r.userId);
    n.inbox.push(r.channels.has("INBOX"));
    n.feed.push(r.channels.has("FEED"));
    n.email.push(r.channels.has("EMAIL"));
    if (r.channels.has("EMAIL") && r.digest === "INSTANT") delivery(r.userId, id, null, "EMAIL", `email:${id}`, now);
    else if (r.channels.has("EMAIL") && (r.digest === "DAILY" || r.digest === "WEEKLY")) {
      const period = digestPeriod(r.digest, now);
      delivery(r.userId, null, null, "EMAIL", digestKey(r.digest, r.userId, period.start), period.end);
    }
    if (r.channels.has("WEBHOOK")) for (const webhookId of r.webhookIds) delivery(r.userId, id, webhookId, "WEBHOOK", `webhook:${webhookId}:${id}`, now);
  }
  if (!n.id.length) return 0;
  const count = await tx.$executeRaw`
    INSERT INTO "Notification" ("id", "userId", "signalId", "inbox", "feed", "email", "createdAt")
    SELECT x.id, x.uid, ${signalId}, x.inbox, x.feed, x.email, ${now}::timestamp
    FROM unnest(${n.id}::text[], ${n.userId}::text[], ${n.inbox}::boolean[], ${n.feed}::boolean[], ${n.email}::boolean[]) AS x(id, uid, inbox, feed, email)
    ON CONFLICT ("userId", "signalId") DO NOTHING`;
  // A digest row already exists for most of a period: DO NOTHING keeps the first.
  if (d.id.length) {
    await tx.$executeRaw`
      INSERT INTO "Delivery" ("id", "userId", "notificationId", "webhookId", "channel", "idempotencyKey", "nextAttemptAt", "createdAt")
      SELECT x.id, x.uid, x.nid, x.wid, x.channel::"Channel", x.key, x.due, ${now}::timestamp
      FROM unnest(${d.id}::text[], ${d.userId}::text[], ${d.notificationId}::text[], ${d.webhookId}::text[], ${d.channel}::text[], ${d.key}::text[], ${d.due}::timestamp[])
        AS x(id, uid, nid, wid, channel, key, due)
      ON CONFLICT ("idempotencyKey") DO NOTHING`;
  }
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
    // Not runMutation(): worker bookkeeping with no actor, audit row or cache to expire, and its
    // after-commit wakeWorkers() would have the worker wake itself for every signal it fans out.
    const done = await db.$transaction(
      async (tx) => {
        const [claimed] = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "Signal" WHERE "fannedOutAt" IS NULL
          ORDER BY "occurredAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!claimed) return null;
        const signal = await tx.signal.findUniqueOrThrow({ where: { id: claimed.id }, select: { id: true, type: true, modelId: true, leaderboardId: true, payload: true, occurredAt: true } });
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
