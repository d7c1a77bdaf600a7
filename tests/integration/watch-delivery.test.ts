// Subscribers end to end through the real route handlers, on both databases:
// watch a model, an editor verifies a claim, fan-out writes the inbox, the
// mail reaches a real SMTP listener and the webhook a real HTTP receiver that
// checks its signature.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchClaim } from "@/app/api/v1/claims/[id]/route";
import { POST as postClaim } from "@/app/api/v1/models/[slug]/claims/route";
import { GET as getNotifications } from "@/app/api/v1/me/notifications/route";
import { POST as postRead } from "@/app/api/v1/me/notifications/read/route";
import { GET as getWatchlist } from "@/app/api/v1/me/watchlist/route";
import { DELETE as deleteWatch, PUT as putWatch } from "@/app/api/v1/me/watchlist/[slug]/route";
import { POST as postWebhook } from "@/app/api/v1/me/webhooks/route";
import { DELETE as deleteFeed, POST as postFeed } from "@/app/api/v1/me/feed/route";
import { PATCH as patchSettings } from "@/app/api/v1/me/notification-settings/route";
import { GET as getPrivateFeed } from "@/app/feeds/me/[token]/route";
import { digestPeriod } from "@/lib/watch/digest-period";
import { recordSignal } from "@/lib/watch/record-signal";
import { POST as postUnsubscribe } from "@/app/api/v1/unsubscribe/route";
import { createSmtpMailer } from "@/lib/mail/mailer";
import { deliverDue } from "@/lib/watch/deliver-due";
import type { DeliveryTransport } from "@/lib/watch/delivery-transport";
import { fanOutSignals } from "@/lib/watch/fan-out-signals";
import { createWebhook } from "@/lib/watch/manage-webhooks";
import { createWebhookPoster } from "@/lib/watch/post-webhook";
import { signUnsubscribeToken } from "@/lib/watch/unsubscribe-token";
import { startSmtpListener, type SmtpListener } from "../helpers/smtp-listener";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

const SECRET = "unsubscribe-signing-secret-for-tests-only";

describe.each(testDatabaseKinds())("watch-lists and delivery on %s", (kind) => {
  let db: TestDatabase;
  let smtp: SmtpListener;
  let hooks: WebhookReceiver;
  let transport: DeliveryTransport;
  let subscriber: TestUser;
  let editor: TestUser;
  let bystander: TestUser;

  const as = (u: TestUser) => ({ cookie: u.cookie, origin: TEST_ORIGIN });

  beforeAll(async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = "true";
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    smtp = await startSmtpListener();
    hooks = await startWebhookReceiver();
    transport = {
      mailer: createSmtpMailer({ url: smtp.url, from: "Modelwatch <no-reply@modelwatch.test>" }),
      postWebhook: createWebhookPoster({ allowPrivate: true }),
      siteUrl: new URL("http://modelwatch.test/"),
      secret: SECRET,
    };
    subscriber = await createTestUser(db, "SUBSCRIBER");
    editor = await createTestUser(db, "EDITOR");
    bystander = await createTestUser(db, "SUBSCRIBER");
    await db.db.model.create({ data: { slug: "happyhorse-1-0", name: "HappyHorse 1.0" } });
    await db.db.model.create({ data: { slug: "seedance-2-0", name: "Seedance 2.0" } });
  });
  afterAll(async () => {
    await smtp?.close();
    await hooks?.close();
    await db?.destroy();
  });

  it("watches, changes and unwatches a model; unknown models are 404", async () => {
    const put = await callRoute(putWatch, { method: "PUT", path: "/api/v1/me/watchlist/seedance-2-0", params: { slug: "seedance-2-0" }, headers: as(subscriber) });
    expect(put.status).toBe(200);
    expect(put.json?.data).toMatchObject({ model: { slug: "seedance-2-0" }, signals: [], channels: [], ratingThreshold: null, rival: null });
    const change = await callRoute(putWatch, {
      method: "PUT",
      path: "/api/v1/me/watchlist/seedance-2-0",
      params: { slug: "seedance-2-0" },
      headers: as(subscriber),
      body: { signals: ["CLAIM_VERIFIED"], channels: ["INBOX"], ratingThreshold: 15, rival: "happyhorse-1-0" },
    });
    expect(change.json?.data).toMatchObject({ signals: ["CLAIM_VERIFIED"], channels: ["INBOX"], ratingThreshold: 15, rival: { slug: "happyhorse-1-0" } });
    const self = await callRoute(putWatch, { method: "PUT", path: "/x", params: { slug: "seedance-2-0" }, headers: as(subscriber), body: { rival: "seedance-2-0" } });
    expect(self.status).toBe(422);
    const unknown = await callRoute(putWatch, { method: "PUT", path: "/x", params: { slug: "no-such-model" }, headers: as(subscriber) });
    expect(unknown.status).toBe(404);
    const list = await callRoute(getWatchlist, { path: "/api/v1/me/watchlist", headers: { authorization: subscriber.bearer } });
    expect((list.json?.data as unknown[]).length).toBe(1);
    const del = await callRoute(deleteWatch, { method: "DELETE", path: "/x", params: { slug: "seedance-2-0" }, headers: as(subscriber) });
    expect(del.status).toBe(200);
    const again = await callRoute(deleteWatch, { method: "DELETE", path: "/x", params: { slug: "seedance-2-0" }, headers: as(subscriber) });
    expect(again.status).toBe(404);
    const anonymous = await callRoute(getWatchlist, { path: "/api/v1/me/watchlist" });
    expect(anonymous.status).toBe(401);
  });

  it("an editor verifies a watched model's claim: inbox, one signed webhook and one mail with unsubscribe headers, each once", async () => {
    await callRoute(putWatch, { method: "PUT", path: "/x", params: { slug: "happyhorse-1-0" }, headers: as(subscriber) });
    const hook = await callRoute(postWebhook, { method: "POST", path: "/api/v1/me/webhooks", headers: as(subscriber), body: { url: hooks.url } });
    expect(hook.status).toBe(201);
    hooks.secret = hook.json?.secret as string;
    expect(hooks.secret).toMatch(/^whsec_/);

    const created = await callRoute(postClaim, {
      method: "POST",
      path: "/api/v1/models/happyhorse-1-0/claims",
      params: { slug: "happyhorse-1-0" },
      headers: { authorization: editor.bearer },
      body: { category: "API", statement: "A public API is documented", note: "From the launch post", sources: [{ url: "https://example.com/docs", title: "API docs", kind: "OFFICIAL" }] },
    });
    expect(created.status).toBe(201);
    const claim = created.json?.data as { id: string; version: number };
    const verified = await callRoute(patchClaim, {
      method: "PATCH",
      path: `/api/v1/claims/${claim.id}`,
      params: { id: claim.id },
      headers: { authorization: editor.bearer, "if-match": `"${claim.version}"` },
      body: { status: "VERIFIED", note: "Docs checked" },
    });
    expect(verified.status).toBe(200);

    const fan = await fanOutSignals(db.db);
    expect(fan.signals).toBe(2); // created, verified
    expect(fan.notifications).toBe(2); // both to the one watcher; the bystander gets nothing
    expect(await fanOutSignals(db.db)).toEqual({ signals: 0, notifications: 0 });

    const inbox = await callRoute(getNotifications, { path: "/api/v1/me/notifications", headers: { authorization: subscriber.bearer } });
    expect(inbox.json?.unreadCount).toBe(2);
    const items = inbox.json?.data as { id: string; type: string; verified: boolean; model: { slug: string } }[];
    expect(items.map((i) => i.type)).toEqual(["CLAIM_VERIFIED", "CLAIM_CREATED"]);
    expect(items[0]).toMatchObject({ verified: true, model: { slug: "happyhorse-1-0" } });
    const none = await callRoute(getNotifications, { path: "/api/v1/me/notifications", headers: { authorization: bystander.bearer } });
    expect(none.json?.data).toEqual([]);

    const sent = await deliverDue(db.db, { transport });
    expect(sent).toMatchObject({ claimed: 4, sent: 4, failed: 0 });
    expect(await deliverDue(db.db, { transport })).toMatchObject({ claimed: 0 });

    expect(hooks.received).toHaveLength(2);
    expect(hooks.received.every((h) => h.signatureValid)).toBe(true);
    expect(new Set(hooks.received.map((h) => h.key)).size).toBe(2);
    expect(hooks.received.map((h) => h.body.type).sort()).toEqual(["CLAIM_CREATED", "CLAIM_VERIFIED"]);

    const mails = smtp.received.filter((m) => m.to.includes(subscriber.email));
    expect(mails).toHaveLength(2);
    const mail = mails.find((m) => /Claim verified/.test(m.subject))!;
    expect(mail.text).toContain("[Verified] Claim verified: A public API is documented");
    expect(mail.text).toContain("http://modelwatch.test/models/happyhorse-1-0");
    expect(mail.raw).toMatch(/^List-Unsubscribe:\s+<http:\/\/modelwatch\.test\/api\/v1\/unsubscribe\?token=/m);
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect(mail.raw).toMatch(/^Message-ID:\s+<[0-9a-f]{32}@modelwatch\.test>/im);
    expect(mail.raw).toMatch(/text\/html/);

    const read = await callRoute(postRead, { method: "POST", path: "/api/v1/me/notifications/read", headers: as(subscriber), body: { ids: [items[0]!.id] } });
    expect(read.json?.data).toEqual({ marked: 1, unreadCount: 1 });
    const all = await callRoute(postRead, { method: "POST", path: "/api/v1/me/notifications/read", headers: as(subscriber), body: {} });
    expect(all.json?.data).toEqual({ marked: 1, unreadCount: 0 });
  });

  it("one-click unsubscribe turns mail off with a signed token only", async () => {
    const forged = await callRoute(postUnsubscribe, { method: "POST", path: `/api/v1/unsubscribe?token=${signUnsubscribeToken("another-secret-entirely-wrong", subscriber.id)}` });
    expect(forged.status).toBe(404);
    const { getEnv } = await import("@/lib/env");
    const { authSecret } = await import("@/lib/auth/auth-secret");
    const token = signUnsubscribeToken(authSecret(getEnv()), subscriber.id);
    const res = await callRoute(postUnsubscribe, { method: "POST", path: `/api/v1/unsubscribe?token=${encodeURIComponent(token)}` });
    expect(res.status).toBe(200);
    expect((await db.db.user.findUniqueOrThrow({ where: { id: subscriber.id } })).digest).toBe("NEVER");
  });

  it("refuses webhooks to private addresses unless allowed", async () => {
    const actor = { userId: subscriber.id, email: subscriber.email, name: null, role: "SUBSCRIBER" as const, via: "session" as const };
    await expect(createWebhook(db.db, actor, "http://127.0.0.1:9/hook", { allowPrivate: false })).rejects.toMatchObject({ rule: "webhook-private-address" });
    await expect(
      createWebhook(db.db, actor, "http://metadata.example/hook", { allowPrivate: false, resolve: async () => [{ address: "169.254.169.254", family: 4 }] }),
    ).rejects.toMatchObject({
      rule: "webhook-private-address",
      // The refusal says the address is not allowed, never what an internal name resolves to.
      message: "The address of metadata.example is not allowed: webhooks must be on the public internet.",
    });
    const poster = createWebhookPoster({ allowPrivate: false });
    await expect(poster(hooks.url, "{}", {})).rejects.toThrow(/is not allowed/);
  });

  it("retries a failing webhook with backoff, disables it after repeated failure and tells its owner", async () => {
    const owner = await createTestUser(db, "SUBSCRIBER");
    const receiver = await startWebhookReceiver();
    receiver.status = 500;
    try {
      const actor = { userId: owner.id, email: owner.email, name: null, role: "SUBSCRIBER" as const, via: "session" as const };
      const { webhook } = await createWebhook(db.db, actor, receiver.url, { allowPrivate: true });
      const delivery = await db.db.delivery.create({ data: { userId: owner.id, webhookId: webhook.id, channel: "WEBHOOK", idempotencyKey: `test:${webhook.id}:x` } });
      let clock = Date.now();
      const first = await deliverDue(db.db, { transport, now: () => new Date(clock) });
      expect(first).toMatchObject({ claimed: 1, failed: 1 });
      const after1 = await db.db.delivery.findUniqueOrThrow({ where: { id: delivery.id } });
      expect(after1).toMatchObject({ status: "PENDING", attempts: 1, responseStatus: 500 });
      expect(after1.nextAttemptAt.getTime() - clock).toBe(30_000);
      for (let i = 0; i < 12 && (await db.db.webhook.findUniqueOrThrow({ where: { id: webhook.id } })).enabled; i++) {
        clock = (await db.db.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).nextAttemptAt.getTime();
        await deliverDue(db.db, { transport, now: () => new Date(clock) });
      }
      const hook = await db.db.webhook.findUniqueOrThrow({ where: { id: webhook.id } });
      expect(hook).toMatchObject({ enabled: false, failureCount: 10 });
      expect(receiver.received).toHaveLength(10);
      const notice = await callRoute(getNotifications, { path: "/api/v1/me/notifications", headers: { authorization: owner.bearer } });
      expect((notice.json?.data as { type: string }[])[0]?.type).toBe("WEBHOOK_DISABLED");
      // The notice goes by e-mail too, due when the webhook was disabled (this test's clock, hours
      // ahead): sent here, so later tests' "what is due by tonight" sees nothing of this one.
      const mailed = smtp.received.length;
      expect(await deliverDue(db.db, { transport, now: () => new Date(clock) })).toMatchObject({ claimed: 1, sent: 1 });
      const noticeMails = smtp.received.slice(mailed).filter((m) => m.to.includes(owner.email));
      expect(noticeMails.map((m) => m.subject)).toEqual(["Webhook disabled"]);
      expect(noticeMails[0]!.text).toContain(`Your webhook ${receiver.url} was disabled after 10 failed deliveries`);
    } finally {
      await receiver.close();
    }
  });

  it("a daily digest collects the day's changes into one mail, sent when the day ends, verified first", async () => {
    const reader = await createTestUser(db, "SUBSCRIBER");
    const daily = await callRoute(patchSettings, { method: "PATCH", path: "/api/v1/me/notification-settings", headers: as(reader), body: { digest: "DAILY" } });
    expect(daily.json?.data).toMatchObject({ digest: "DAILY" });
    await callRoute(putWatch, { method: "PUT", path: "/x", params: { slug: "seedance-2-0" }, headers: as(reader), body: { channels: ["EMAIL"] } });
    const model = await db.db.model.findUniqueOrThrow({ where: { slug: "seedance-2-0" } });
    await db.db.$transaction(async (tx) => {
      await recordSignal(tx, { type: "CLAIM_CREATED", title: "Rumoured 30B parameters", modelId: model.id, claimId: null, payload: {} });
      await recordSignal(tx, { type: "LIFECYCLE_CHANGED", title: "API available", modelId: model.id, verified: true });
    });
    const start = new Date();
    await fanOutSignals(db.db, { now: () => start });
    const before = smtp.received.length;
    expect(await deliverDue(db.db, { transport, now: () => start })).toMatchObject({ claimed: 0 });
    const end = digestPeriod("DAILY", start).end;
    expect(await deliverDue(db.db, { transport, now: () => end })).toMatchObject({ claimed: 1, sent: 1 });
    const mails = smtp.received.slice(before).filter((m) => m.to.includes(reader.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/daily digest .*2 changes/);
    expect(mails[0]!.text.indexOf("[Verified] API available")).toBeLessThan(mails[0]!.text.indexOf("Rumoured 30B parameters"));
    // E-mail only: nothing in the inbox.
    const inbox = await callRoute(getNotifications, { path: "/api/v1/me/notifications", headers: { authorization: reader.bearer } });
    expect(inbox.json?.data).toEqual([]);
  });

  it("serves the private feed at a secret URL until it is revoked", async () => {
    const created = await callRoute(postFeed, { method: "POST", path: "/api/v1/me/feed", headers: as(subscriber) });
    expect(created.status).toBe(201);
    const feedUrl = (created.json?.data as { feedUrl: string }).feedUrl;
    const token = feedUrl.split("/").pop()!;
    const feed = await callRoute(getPrivateFeed as never, { path: feedUrl, params: { token } });
    expect(feed.status).toBe(200);
    expect(feed.text).toMatch(/<entry>[\s\S]*Claim verified: A public API is documented/);
    expect(feed.headers.get("cache-control")).toBe("private, no-cache");
    await callRoute(deleteFeed, { method: "DELETE", path: "/api/v1/me/feed", headers: as(subscriber) });
    const gone = await callRoute(getPrivateFeed as never, { path: feedUrl, params: { token } });
    expect(gone.status).toBe(404);
  });

  it("editors get feed-broken and re-check-due signals by role, without watching; subscribers do not", async () => {
    const admin = await createTestUser(db, "ADMIN");
    const reader = await createTestUser(db, "SUBSCRIBER");
    const feed = await db.db.feed.create({ data: { url: "https://news.example/feed.xml", title: "Example news" } });
    await db.db.$transaction((tx) => recordSignal(tx, { type: "FEED_BROKEN", title: "Feed broken: Example news", feedId: feed.id }));
    const model = await db.db.model.findUniqueOrThrow({ where: { slug: "seedance-2-0" } });
    const claim = await db.db.claim.create({
      data: { modelId: model.id, category: "PRICING", statement: "Costs $0.10 per second", status: "VERIFIED", reviewBy: new Date(Date.now() - 86_400_000) },
    });
    const { recordRecheckDue } = await import("@/lib/watch/record-recheck-due");
    expect(await recordRecheckDue(db.db)).toBe(1);
    expect(await recordRecheckDue(db.db)).toBe(0); // once per review date
    await fanOutSignals(db.db);
    const typesOf = async (u: TestUser) =>
      ((await callRoute(getNotifications, { path: "/api/v1/me/notifications", headers: { authorization: u.bearer } })).json?.data as { type: string; title: string }[]).map((n) => n.type);
    expect(await typesOf(editor)).toEqual(expect.arrayContaining(["FEED_BROKEN", "CLAIM_RECHECK_DUE"]));
    expect(await typesOf(admin)).toEqual(expect.arrayContaining(["FEED_BROKEN", "CLAIM_RECHECK_DUE"]));
    expect(await typesOf(reader)).toEqual([]);
    expect(await db.db.signal.count({ where: { claimId: claim.id, type: "CLAIM_RECHECK_DUE" } })).toBe(1);
  });
});
