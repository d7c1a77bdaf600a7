// Webhooks cannot be turned into a traffic cannon: a cap per account (held under
// concurrency), a limit on test deliveries, and a webhook disabled for failing stays
// disabled until a test actually gets through. On both databases, with a real receiver.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TooManyRequestsError } from "@/lib/errors";
import { deliverDue } from "@/lib/watch/deliver-due";
import type { DeliveryTransport } from "@/lib/watch/delivery-transport";
import { createWebhook, MAX_WEBHOOKS_PER_ACCOUNT, queueTestDelivery, WEBHOOK_TEST_LIMIT } from "@/lib/watch/manage-webhooks";
import { createWebhookPoster } from "@/lib/watch/post-webhook";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver";
import { createTestUser, useAsAppDatabase } from "../helpers/route-harness";

describe.each(testDatabaseKinds())("webhook limits on %s", (kind) => {
  let db: TestDatabase;
  let hooks: WebhookReceiver;
  let transport: DeliveryTransport;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    hooks = await startWebhookReceiver();
    transport = { mailer: null, postWebhook: createWebhookPoster({ allowPrivate: true }), siteUrl: new URL("http://modelwatch.test/"), secret: "s".repeat(32) };
  });
  afterAll(async () => {
    await hooks?.close();
    await db?.destroy();
  });

  const actorFor = async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    return { userId: user.id, email: user.email, name: null, role: "SUBSCRIBER" as const, via: "session" as const };
  };

  it(`allows ${MAX_WEBHOOKS_PER_ACCOUNT} webhooks per account, even when many are created at once`, async () => {
    const actor = await actorFor();
    const results = await Promise.allSettled(
      Array.from({ length: MAX_WEBHOOKS_PER_ACCOUNT + 5 }, (_, i) => createWebhook(db.db, actor, `${hooks.url}/${i}`, { allowPrivate: true })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_WEBHOOKS_PER_ACCOUNT);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused.map((r) => (r.reason as { rule?: string }).rule)).toEqual(Array(5).fill("webhook-limit"));
    expect(await db.db.webhook.count({ where: { userId: actor.userId } })).toBe(MAX_WEBHOOKS_PER_ACCOUNT);
  });

  it("limits test deliveries per account", async () => {
    const actor = await actorFor();
    const { webhook } = await createWebhook(db.db, actor, hooks.url, { allowPrivate: true });
    for (let i = 0; i < WEBHOOK_TEST_LIMIT.limit; i++) await queueTestDelivery(db.db, actor, webhook.id);
    await expect(queueTestDelivery(db.db, actor, webhook.id)).rejects.toBeInstanceOf(TooManyRequestsError);
  });

  it("a test does not enable a webhook disabled for failing; only a test that gets through does", async () => {
    const actor = await actorFor();
    // Earlier tests' test deliveries are due too: let them all be done first.
    await db.db.delivery.deleteMany({});
    const { webhook } = await createWebhook(db.db, actor, hooks.url, { allowPrivate: true });
    const disabledAt = new Date();
    await db.db.webhook.update({ where: { id: webhook.id }, data: { enabled: false, disabledAt, failureCount: 10 } });
    const state = () => db.db.webhook.findUniqueOrThrow({ where: { id: webhook.id }, select: { enabled: true, failureCount: true } });

    hooks.status = 500;
    const delivery = await queueTestDelivery(db.db, actor, webhook.id);
    expect(await state()).toEqual({ enabled: false, failureCount: 10 });
    const before = hooks.received.length;
    expect(await deliverDue(db.db, { transport })).toMatchObject({ claimed: 1, failed: 1 });
    expect(hooks.received.length).toBe(before + 1);
    expect((await state()).enabled).toBe(false);

    hooks.status = 200;
    const retryAt = (await db.db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).nextAttemptAt;
    expect(await deliverDue(db.db, { transport, now: () => retryAt })).toMatchObject({ claimed: 1, sent: 1 });
    expect(await state()).toEqual({ enabled: true, failureCount: 0 });
  });
});
