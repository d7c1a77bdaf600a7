// Every webhook body names its subject with stable ids and links (issue 13):
// real changes made through the API reach a real HTTP receiver, and each body
// is held to its signal type's schema in the OpenAPI document. The same ids
// and links are in the mail's text part and the private Atom feed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchClaim } from "@/app/api/v1/claims/[id]/route";
import { POST as restoreClaim } from "@/app/api/v1/claims/[id]/restore/route";
import { POST as postSnapshots } from "@/app/api/v1/leaderboards/[slug]/snapshots/route";
import { POST as postClaim } from "@/app/api/v1/models/[slug]/claims/route";
import { POST as postLifecycle } from "@/app/api/v1/models/[slug]/lifecycle/route";
import { PATCH as patchModel } from "@/app/api/v1/models/[slug]/route";
import { POST as postFeed } from "@/app/api/v1/me/feed/route";
import { PUT as putWatch } from "@/app/api/v1/me/watchlist/[slug]/route";
import { POST as postWebhook } from "@/app/api/v1/me/webhooks/route";
import { GET as getPrivateFeed } from "@/app/feeds/me/[token]/route";
import { SIGNAL_WEBHOOK_SCHEMAS } from "@/lib/api/v1/schemas/signal-schemas";
import type { SignalType } from "@/lib/db/enums";
import { createSmtpMailer } from "@/lib/mail/mailer";
import { deliverDue } from "@/lib/watch/deliver-due";
import type { DeliveryTransport } from "@/lib/watch/delivery-transport";
import { fanOutSignals } from "@/lib/watch/fan-out-signals";
import { createWebhookPoster } from "@/lib/watch/post-webhook";
import { recordRecheckDue } from "@/lib/watch/record-recheck-due";
import { recordSignal } from "@/lib/watch/record-signal";
import { startSmtpListener, type SmtpListener } from "../helpers/smtp-listener";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";

const SITE = "https://modelwatch.example/";

describe.each(testDatabaseKinds())("signal payloads on %s", (kind) => {
  let db: TestDatabase;
  let smtp: SmtpListener;
  let hooks: WebhookReceiver;
  let transport: DeliveryTransport;
  let editor: TestUser;
  let watcher: TestUser;

  beforeAll(async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = "true";
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    smtp = await startSmtpListener();
    hooks = await startWebhookReceiver();
    transport = {
      mailer: createSmtpMailer({ url: smtp.url, from: "Modelwatch <no-reply@modelwatch.test>" }),
      postWebhook: createWebhookPoster({ allowPrivate: true }),
      siteUrl: new URL(SITE),
      secret: "unsubscribe-signing-secret-for-tests-only",
    };
    editor = await createTestUser(db, "EDITOR");
    // An editor who watches: gets the model's signals, and the feed signals editors get by role.
    watcher = await createTestUser(db, "EDITOR");
    await db.db.model.create({ data: { slug: "happyhorse-1-0", name: "HappyHorse 1.0", lifecycleStage: "ARENA_ONLY" } });
    await db.db.model.create({ data: { slug: "seedance-2-0", name: "Seedance 2.0" } });
    await db.db.leaderboard.create({ data: { slug: "arena", name: "Arena", source: "Test", pool: "text-to-video", modality: "TEXT_TO_VIDEO" } });
  });
  afterAll(async () => {
    await smtp?.close();
    await hooks?.close();
    await db?.destroy();
  });

  const as = (u: TestUser) => ({ cookie: u.cookie, origin: TEST_ORIGIN });
  const bearer = (u: TestUser) => ({ authorization: u.bearer });

  it("sends every change's subject by id and link, each body valid against its type's schema", async () => {
    for (const slug of ["happyhorse-1-0", "seedance-2-0"]) {
      const body = slug === "happyhorse-1-0" ? { rival: "seedance-2-0" } : { rival: "happyhorse-1-0" };
      expect((await callRoute(putWatch, { method: "PUT", path: `/api/v1/me/watchlist/${slug}`, params: { slug }, headers: as(watcher), body })).status).toBe(200);
    }
    const hook = await callRoute(postWebhook, { method: "POST", path: "/api/v1/me/webhooks", headers: as(watcher), body: { url: hooks.url } });
    hooks.secret = hook.json?.secret as string;
    await new Promise((r) => setTimeout(r, 5));

    // Claims: created, disputed, verified, retracted, restored, refuted.
    const created = await callRoute(postClaim, {
      method: "POST",
      path: "/api/v1/models/happyhorse-1-0/claims",
      params: { slug: "happyhorse-1-0" },
      headers: bearer(editor),
      body: { category: "ARCHITECTURE", statement: "HappyHorse 1.0 is a single unified multimodal model", note: "Launch post", sources: [{ url: "https://example.com/review", title: "Review", kind: "INDEPENDENT" }] },
    });
    expect(created.status).toBe(201);
    const claim = created.json?.data as { id: string; version: number };
    let version = claim.version;
    const change = async (status: string) => {
      const res = await callRoute(patchClaim, { method: "PATCH", path: `/api/v1/claims/${claim.id}`, params: { id: claim.id }, headers: { ...bearer(editor), "if-match": `"${version}"` }, body: { status, note: `Now ${status}` } });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      version = (res.json?.data as { version: number }).version;
    };
    await change("DISPUTED");
    const disputedVersion = version;
    await change("VERIFIED");
    await change("RETRACTED");
    const restored = await callRoute(restoreClaim, { method: "POST", path: `/api/v1/claims/${claim.id}/restore`, params: { id: claim.id }, headers: { ...bearer(editor), "if-match": `"${version}"` }, body: { note: "Back" } });
    expect(restored.status).toBe(200);
    version = (restored.json?.data as { version: number }).version;
    await change("REFUTED");

    // Model: lifecycle and ownership.
    expect((await callRoute(postLifecycle, { method: "POST", path: "/x", params: { slug: "happyhorse-1-0" }, headers: bearer(editor), body: { toStage: "ANNOUNCED", occurredAt: "2026-11-30", note: "Announced", sourceUrl: "https://example.com/news" } })).status).toBe(201);
    const model = await db.db.model.findUniqueOrThrow({ where: { slug: "happyhorse-1-0" }, select: { version: true } });
    const owned = await callRoute(patchModel, { method: "PATCH", path: "/x", params: { slug: "happyhorse-1-0" }, headers: { ...bearer(editor), "if-match": `"${model.version}"` }, body: { organization: "Alibaba" } });
    expect(owned.status, JSON.stringify(owned.json)).toBe(200);

    // Ratings: two imports, the second moving both models apart (rank, rating, intervals).
    const snapshots = (capturedAt: string, a: number, b: number, half: number) =>
      callRoute(postSnapshots, {
        method: "POST",
        path: "/api/v1/leaderboards/arena/snapshots",
        params: { slug: "arena" },
        headers: bearer(editor),
        body: { rows: [{ model: "happyhorse-1-0", capturedAt, rating: a, ciLow: a - half, ciHigh: a + half, votes: 5000 }, { model: "seedance-2-0", capturedAt, rating: b, ciLow: b - half, ciHigh: b + half, votes: 5000 }] },
      });
    expect((await snapshots("2026-11-01T00:00:00Z", 1200, 1210, 20)).status).toBe(201);
    expect((await snapshots("2026-11-08T00:00:00Z", 1300, 1150, 10)).status).toBe(201);

    // Re-check due, and a feed breaking (as ingestion records it).
    await db.db.claim.create({ data: { modelId: (await db.db.model.findUniqueOrThrow({ where: { slug: "happyhorse-1-0" } })).id, category: "PRICING", statement: "Costs $0.10 per second", status: "VERIFIED", reviewBy: new Date(Date.now() - 1000) } });
    expect(await recordRecheckDue(db.db)).toBe(1);
    const feed = await db.db.feed.create({ data: { url: "https://news.example/feed.xml", title: "Example news" } });
    await db.db.$transaction((tx) => recordSignal(tx, { type: "FEED_BROKEN", title: "Feed broken: Example news", feedId: feed.id, payload: { url: feed.url, error: "HTTP 503" } }));

    await fanOutSignals(db.db);
    await deliverDue(db.db, { transport });
    const types = new Set(hooks.received.map((h) => h.body.type as SignalType));
    for (const t of ["CLAIM_CREATED", "CLAIM_DISPUTED", "CLAIM_VERIFIED", "CLAIM_RETRACTED", "CLAIM_RESTORED", "CLAIM_REFUTED", "LIFECYCLE_CHANGED", "OWNERSHIP_CONFIRMED", "RANK_CHANGED", "RATING_MOVED", "INTERVALS_SEPARATED", "CLAIM_RECHECK_DUE", "FEED_BROKEN"] as const) {
      expect(types, t).toContain(t);
    }
    for (const h of hooks.received) {
      const schema = SIGNAL_WEBHOOK_SCHEMAS[h.body.type as SignalType];
      const parsed = schema.safeParse(h.body);
      expect(parsed.success, `${String(h.body.type)}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(String(h.body.url).startsWith(SITE) || h.body.type === "NEWS_REVIEWED").toBe(true);
    }

    // The disputed claim, as the integrator needed it: which claim, at which version, and where.
    const disputed = hooks.received.find((h) => h.body.type === "CLAIM_DISPUTED")!.body;
    expect(disputed).toMatchObject({
      url: `${SITE}models/happyhorse-1-0/claims#claim-${claim.id}`,
      model: { slug: "happyhorse-1-0", url: `${SITE}models/happyhorse-1-0` },
      claim: { id: claim.id, category: "ARCHITECTURE", status: "DISPUTED", version: disputedVersion, apiUrl: `${SITE}api/v1/claims/${claim.id}` },
      payload: { fromStatus: "UNVERIFIED", toStatus: "DISPUTED", claimVersion: disputedVersion },
    });
    const board = hooks.received.find((h) => h.body.type === "RATING_MOVED")!.body;
    expect(board).toMatchObject({ url: `${SITE}leaderboards/arena`, leaderboard: { slug: "arena", apiUrl: `${SITE}api/v1/leaderboards/arena/standings` } });
    expect(hooks.received.find((h) => h.body.type === "FEED_BROKEN")!.body).toMatchObject({ feed: { id: feed.id, url: feed.url }, model: null });

    // The mail's text part: a link to the claim and its id, category, status and version.
    const mail = smtp.received.find((m) => m.to.includes(watcher.email) && /Claim disputed/.test(m.subject))!;
    expect(mail.text).toContain(`${SITE}models/happyhorse-1-0/claims#claim-${claim.id}`);
    expect(mail.text).toContain(`Claim ${claim.id} · ARCHITECTURE · DISPUTED · version ${disputedVersion} · ${SITE}api/v1/claims/${claim.id}`);
  });

  it("names the same subject in the private Atom feed", async () => {
    const created = await callRoute(postFeed, { method: "POST", path: "/api/v1/me/feed", headers: as(watcher) });
    const feedUrl = (created.json?.data as { feedUrl: string }).feedUrl;
    const token = feedUrl.split("/").pop()!;
    const res = await callRoute(getPrivateFeed as never, { path: feedUrl, params: { token } });
    expect(res.status).toBe(200);
    // Links are absolute on the site's URL (here the request's: NEXTAUTH_URL is not set in tests).
    const site = `${TEST_ORIGIN}/`;
    const claim = await db.db.claim.findFirstOrThrow({ where: { category: "ARCHITECTURE" }, select: { id: true } });
    expect(res.text).toContain(`href="${site}models/happyhorse-1-0/claims#claim-${claim.id}"`);
    expect(res.text).toContain(`href="${site}api/v1/claims/${claim.id}"`);
    expect(res.text).toMatch(new RegExp(`Claim ${claim.id} · ARCHITECTURE · DISPUTED · version \\d+`));
  });
});
