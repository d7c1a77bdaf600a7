// Watchers of a board, on both databases, through the real routes: an unknown
// name entering a board's top in a later version reaches a board watcher once,
// in the inbox and as a signed webhook POST to a loopback receiver; the same
// name in the next version reaches nobody; a watch made after the signal gets
// nothing; a subscriber watching the board and a displaced model hears once.
import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteBoardWatch, PUT as putBoardWatch } from "@/app/api/v1/me/board-watches/[slug]/route";
import { GET as getBoardWatches } from "@/app/api/v1/me/board-watches/route";
import { GET as getNotifications } from "@/app/api/v1/me/notifications/route";
import { PUT as putWatch } from "@/app/api/v1/me/watchlist/[slug]/route";
import { POST as postWebhook } from "@/app/api/v1/me/webhooks/route";
import { createSmtpMailer } from "@/lib/mail/mailer";
import { runSourcesOnce } from "@/lib/sources/run-sources-once";
import type { DeliveryTransport } from "@/lib/watch/delivery-transport";
import { fanOutSignals } from "@/lib/watch/fan-out-signals";
import { createWebhookPoster } from "@/lib/watch/post-webhook";
import { recordSignal } from "@/lib/watch/record-signal";
import { runDeliveryOnce } from "@/lib/watch/run-delivery-once";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { callRoute, createTestUser, TEST_ORIGIN, useAsAppDatabase, type TestUser } from "../helpers/route-harness";
import { startSmtpListener, type SmtpListener } from "../helpers/smtp-listener";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver";

let body = "";
let server: FeedServer;
let smtp: SmtpListener;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOW_PRIVATE_NETWORKS = "true";
  server = await startFeedServer((_req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(200, { "content-type": "application/json" }).end(body));
  smtp = await startSmtpListener();
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const board = (entries: Record<string, number>) =>
  JSON.stringify({ full: Object.fromEntries(Object.entries(entries).map(([k, r]) => [k, { rating: r, rating_q025: r - 4, rating_q975: r + 4 }])) });

/** Timestamps have millisecond resolution: keep "before" and "after" apart. */
const tick = () => new Promise((r) => setTimeout(r, 5));

describe.each(testDatabaseKinds())("board watchers on %s", (kind) => {
  let db: TestDatabase;
  let boardId: string;
  let transport: DeliveryTransport;
  let hooks: WebhookReceiver;

  beforeAll(async () => {
    hooks = await startWebhookReceiver();
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    transport = {
      mailer: createSmtpMailer({ url: smtp.url, from: "Modelwatch <no-reply@modelwatch.test>" }),
      postWebhook: createWebhookPoster({ allowPrivate: true }),
      siteUrl: new URL("http://modelwatch.test/"),
      secret: "unsubscribe-signing-secret-for-tests-only",
    };
    boardId = (await db.db.leaderboard.create({ data: { slug: "video", name: "Video arena", source: "Arena", pool: "text-to-video", modality: "TEXT_TO_VIDEO" } })).id;
    for (const slug of ["seedance-2-0", "kling-2-5", "veo-3"]) await db.db.model.create({ data: { slug, name: slug } });
    await db.db.leaderboardSource.create({ data: { leaderboardId: boardId, url: `${server.origin}/${kind}/board.json`, adapter: "lmarena-catalog", selector: "full" } });
  }, 120_000);
  afterAll(async () => {
    await hooks?.close();
    await db?.destroy();
  });

  const as = (u: TestUser) => ({ cookie: u.cookie, origin: TEST_ORIGIN });
  const watchBoard = (u: TestUser, slug: string, watchBody?: Record<string, unknown>) =>
    callRoute(putBoardWatch, { method: "PUT", path: `/api/v1/me/board-watches/${slug}`, params: { slug }, headers: as(u), body: watchBody });
  const fetchVersion = (at: string) => runSourcesOnce(db.db, { allowPrivateNetworks: true, all: true, now: () => new Date(at) });
  const contenders = () => db.db.signal.findMany({ where: { type: "NEW_CONTENDER", leaderboardId: boardId } });
  const notifiedOf = (signalId: string) => db.db.notification.findMany({ where: { signalId }, include: { deliveries: { select: { channel: true } } } });

  it("an unknown name at rank 1 reaches a board watcher once, inbox and webhook; never twice, never a later watch", async () => {
    const watcher = await createTestUser(db, "SUBSCRIBER");
    const both = await createTestUser(db, "SUBSCRIBER");
    const rankOnly = await createTestUser(db, "SUBSCRIBER");
    const late = await createTestUser(db, "SUBSCRIBER");
    expect((await watchBoard(watcher, "video", { channels: ["INBOX", "WEBHOOK"] })).status).toBe(200);
    const hook = await callRoute(postWebhook, { method: "POST", path: "/api/v1/me/webhooks", headers: as(watcher), body: { url: hooks.url } });
    expect(hook.status).toBe(201);
    hooks.secret = hook.json?.secret as string;
    // Watches the board and the model the newcomer will push out of the top: one notification, not two.
    expect((await watchBoard(both, "video")).status).toBe(200);
    expect((await callRoute(putWatch, { method: "PUT", path: "/api/v1/me/watchlist/seedance-2-0", params: { slug: "seedance-2-0" }, headers: as(both) })).status).toBe(200);
    expect((await watchBoard(rankOnly, "video", { signals: ["RANK_CHANGED"] })).status).toBe(200);
    await tick();

    // The first version is where the board starts, not news.
    body = board({ "seedance-2-0": 1300, "kling-2-5": 1280, "veo-3": 1250 });
    expect((await fetchVersion("2026-03-01T00:00:00Z"))[0]?.status).toBe("new-version");
    body = board({ "seedance-2-0": 1301, "kling-2-5": 1279, "veo-3": 1251, "happy-horse-anon": 1372 });
    expect((await fetchVersion("2026-03-08T00:00:00Z"))[0]?.status).toBe("new-version");
    const [signal, ...more] = await contenders();
    expect(more).toHaveLength(0);
    expect(signal).toMatchObject({ title: "New contender on Video arena: happy-horse-anon at rank 1" });
    expect(signal!.payload).toMatchObject({ rank: 1, displaced: ["seedance-2-0", "kling-2-5"] });

    // Watching from after the signal, even before it is fanned out: none of the past.
    await tick();
    expect((await watchBoard(late, "video")).status).toBe(200);
    await runDeliveryOnce(db.db, { transport });

    const notified = await notifiedOf(signal!.id);
    expect(notified.map((n) => n.userId).sort()).toEqual([watcher.id, both.id].sort());
    expect(notified.find((n) => n.userId === watcher.id)?.deliveries.map((d) => d.channel)).toEqual(["WEBHOOK"]);
    expect(notified.find((n) => n.userId === both.id)?.deliveries.map((d) => d.channel).sort()).toEqual(["EMAIL"]);

    const inbox = await callRoute(getNotifications, { path: "/api/v1/me/notifications", headers: { authorization: watcher.bearer } });
    const items = inbox.json?.data as { type: string; title: string }[];
    expect(items.filter((i) => i.type === "NEW_CONTENDER")).toEqual([expect.objectContaining({ title: "New contender on Video arena: happy-horse-anon at rank 1" })]);
    const posted = () => hooks.received.filter((h) => h.body.type === "NEW_CONTENDER");
    expect(posted()).toHaveLength(1);
    expect(posted()[0]).toMatchObject({ signatureValid: true, body: { leaderboard: { slug: "video" }, payload: { displayName: "happy-horse-anon", rank: 1 } } });

    // The same name in the next version: nothing new for anyone.
    body = board({ "seedance-2-0": 1302, "kling-2-5": 1278, "veo-3": 1252, "happy-horse-anon": 1375 });
    expect((await fetchVersion("2026-03-15T00:00:00Z"))[0]?.status).toBe("new-version");
    await runDeliveryOnce(db.db, { transport });
    expect(await contenders()).toHaveLength(1);
    expect(posted()).toHaveLength(1);
    const notices = (u: TestUser) => db.db.notification.count({ where: { userId: u.id, signal: { type: "NEW_CONTENDER" } } });
    expect([await notices(watcher), await notices(both), await notices(rankOnly), await notices(late)]).toEqual([1, 1, 0, 0]);
  });

  it("rank changes reach a board's watchers only when rank 1 changes hands", async () => {
    const watcher = await createTestUser(db, "SUBSCRIBER");
    const contendersOnly = await createTestUser(db, "SUBSCRIBER");
    expect((await watchBoard(watcher, "video", { channels: ["INBOX"] })).status).toBe(200);
    expect((await watchBoard(contendersOnly, "video", { signals: ["NEW_CONTENDER"] })).status).toBe(200);
    await tick();
    const kling = await db.db.model.findUniqueOrThrow({ where: { slug: "kling-2-5" } });
    const rankChange = (from: number, to: number) =>
      db.db.$transaction((tx) =>
        recordSignal(tx, { type: "RANK_CHANGED", title: `kling-2-5: rank ${from} → ${to}`, modelId: kling.id, leaderboardId: boardId, payload: { leaderboard: "video", from, to } }),
      );
    await rankChange(3, 2);
    await rankChange(2, 1);
    await rankChange(1, 2);
    await fanOutSignals(db.db);
    const titlesOf = async (u: TestUser) =>
      (await db.db.notification.findMany({ where: { userId: u.id, signal: { type: "RANK_CHANGED" } }, select: { signal: { select: { title: true } } } })).map((n) => n.signal.title).sort();
    expect(await titlesOf(watcher)).toEqual(["kling-2-5: rank 1 → 2", "kling-2-5: rank 2 → 1"]);
    expect(await titlesOf(contendersOnly)).toEqual([]);
  });

  it("lists, changes and removes board watches; unknown boards are 404 and malformed bodies name the field", async () => {
    const user = await createTestUser(db, "SUBSCRIBER");
    const list = async () => (await callRoute(getBoardWatches, { path: "/api/v1/me/board-watches", headers: as(user) })).json?.data;
    expect(await list()).toEqual([]);
    const put = await watchBoard(user, "video", { signals: ["NEW_CONTENDER"] });
    expect(put.json?.data).toMatchObject({ leaderboard: { slug: "video", name: "Video arena" }, signals: ["NEW_CONTENDER"], channels: [] });
    // Omitted fields keep their value.
    expect((await watchBoard(user, "video", { channels: ["EMAIL"] })).json?.data).toMatchObject({ signals: ["NEW_CONTENDER"], channels: ["EMAIL"] });
    expect(await list()).toEqual([expect.objectContaining({ leaderboard: { slug: "video", name: "Video arena" }, signals: ["NEW_CONTENDER"], channels: ["EMAIL"] })]);

    const bad = await watchBoard(user, "video", { signals: ["RATING_MOVED"] });
    expect(bad.status).toBe(400);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(JSON.stringify(bad.json?.errors)).toContain("signals");
    expect((await watchBoard(user, "no-such-board")).status).toBe(404);

    const audit = await db.db.auditEvent.findMany({ where: { actorId: user.id, action: { startsWith: "watch.board" } }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["watch.board-set", "watch.board-set"]);

    const del = () => callRoute(deleteBoardWatch, { method: "DELETE", path: "/api/v1/me/board-watches/video", params: { slug: "video" }, headers: as(user) });
    expect((await del()).json).toEqual({ data: { leaderboard: "video", watching: false } });
    expect((await del()).status).toBe(404);
    expect(await list()).toEqual([]);
  });
});
