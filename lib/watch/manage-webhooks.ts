import { randomBytes } from "node:crypto";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import type { Db } from "../db";
import { runMutation } from "../db/run-mutation";
import { consumeRateLimit, type RateLimit } from "../auth/rate-limit";
import { NotFoundError, PolicyViolationError, TooManyRequestsError } from "../errors";
import { FeedFetchError } from "../news/ingest/feed-fetch-error";
import { addressPolicy, resolveFeedHost, systemResolver, type HostResolver } from "../news/ingest/resolve-feed-host";
import { DELIVERY_LOG_SELECT, toDeliveryDto, toWebhookDto, WEBHOOK_SELECT, type WebhookDto } from "./webhook-dto";

/** Webhooks one account may have: each notification goes to every one of them, with a day of retries. */
export const MAX_WEBHOOKS_PER_ACCOUNT = 10;
/** Test deliveries per account: a test is a request to someone's URL on demand. */
export const WEBHOOK_TEST_LIMIT: RateLimit = { limit: 10, windowMs: 60 * 60_000 };
/** Idempotency keys of test deliveries start with this (the worker delivers them to a disabled webhook too). */
export const TEST_DELIVERY_KEY_PREFIX = "test:";

export async function listWebhooks(db: Db, userId: string): Promise<WebhookDto[]> {
  const rows = await db.webhook.findMany({ where: { userId }, select: WEBHOOK_SELECT, orderBy: { createdAt: "asc" } });
  return rows.map(toWebhookDto);
}

/** Refuses a URL whose host is (or resolves to) a private address, unless private networks are allowed. */
export async function checkWebhookTarget(url: string, allowPrivate: boolean, resolve: HostResolver = systemResolver): Promise<void> {
  if (allowPrivate) return;
  try {
    await resolveFeedHost(new URL(url).hostname, { isAllowedAddress: addressPolicy(false), resolve });
  } catch (err) {
    if (err instanceof FeedFetchError && err.code === "private-address") {
      throw new PolicyViolationError(`${err.message.replace("feeds must", "webhooks must")}`, "webhook-private-address");
    }
    // An unresolvable host today may resolve tomorrow: deliveries retry and say why.
  }
}

export async function createWebhook(
  db: Db,
  actor: Actor,
  url: string,
  opts: { allowPrivate: boolean; resolve?: HostResolver },
): Promise<{ webhook: WebhookDto; secret: string }> {
  await checkWebhookTarget(url, opts.allowPrivate, opts.resolve);
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  const row = await runMutation(db, actor, async ({ tx }) => {
    // Locking the owner's row serialises their creates: two at once cannot both pass the cap.
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${actor.userId} FOR UPDATE`;
    if ((await tx.webhook.count({ where: { userId: actor.userId } })) >= MAX_WEBHOOKS_PER_ACCOUNT) {
      throw new PolicyViolationError(`An account can have at most ${MAX_WEBHOOKS_PER_ACCOUNT} webhooks: delete one first.`, "webhook-limit");
    }
    const created = await tx.webhook.create({ data: { userId: actor.userId, url, secret }, select: WEBHOOK_SELECT });
    await recordAudit(tx, { actor, action: "webhook.create", entityType: "Webhook", entityId: created.id, data: { url } });
    return created;
  });
  return { webhook: toWebhookDto(row), secret };
}

async function ownWebhookOrThrow(db: Db, userId: string, id: string) {
  const row = await db.webhook.findFirst({ where: { id, userId }, select: WEBHOOK_SELECT });
  if (!row) throw new NotFoundError(`No webhook of yours with the id ${id}.`);
  return row;
}

export async function deleteWebhook(db: Db, actor: Actor, id: string): Promise<WebhookDto> {
  const row = await ownWebhookOrThrow(db, actor.userId, id);
  await runMutation(db, actor, async ({ tx }) => {
    await tx.webhook.delete({ where: { id } });
    await recordAudit(tx, { actor, action: "webhook.delete", entityType: "Webhook", entityId: id, data: { url: row.url } });
  });
  return toWebhookDto(row);
}

/**
 * Queues a signed test event. A webhook disabled after repeated failures stays disabled:
 * the test is delivered to it anyway, and only its success enables the webhook again.
 */
export async function queueTestDelivery(db: Db, actor: Actor, id: string) {
  await ownWebhookOrThrow(db, actor.userId, id);
  const limit = await consumeRateLimit(db, `webhook-test:user:${actor.userId}`, WEBHOOK_TEST_LIMIT);
  if (!limit.allowed) throw new TooManyRequestsError("Too many test deliveries. Try again later.", limit.retryAfterSeconds);
  const row = await runMutation(db, actor, async ({ tx }) =>
    tx.delivery.create({
      data: { userId: actor.userId, webhookId: id, channel: "WEBHOOK", idempotencyKey: `${TEST_DELIVERY_KEY_PREFIX}${id}:${randomBytes(8).toString("hex")}` },
      select: DELIVERY_LOG_SELECT,
    }),
  );
  return toDeliveryDto(row);
}

export async function listWebhookDeliveries(db: Db, userId: string, id: string) {
  await ownWebhookOrThrow(db, userId, id);
  const rows = await db.delivery.findMany({ where: { webhookId: id }, select: DELIVERY_LOG_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 100 });
  return rows.map(toDeliveryDto);
}
