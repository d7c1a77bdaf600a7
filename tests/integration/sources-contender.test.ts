// The new-contender alert on both databases: an unknown name that takes the
// top of a board in a later version sends exactly one NEW_CONTENDER (to
// editors, and to watchers of the models it displaced, inbox and webhook);
// the same name in the next version sends none; a source's first version never does.
import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSourcesOnce } from "@/lib/sources/run-sources-once";
import { fanOutSignals } from "@/lib/watch/fan-out-signals";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { createTestUser } from "../helpers/route-harness";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

let body = "";
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer((_req: http.IncomingMessage, res: http.ServerResponse) => res.writeHead(200, { "content-type": "application/json" }).end(body));
});
afterAll(() => server.close());

const board = (entries: Record<string, number>) =>
  JSON.stringify({ full: Object.fromEntries(Object.entries(entries).map(([k, r]) => [k, { rating: r, rating_q025: r - 4, rating_q975: r + 4 }])) });

describe.each(testDatabaseKinds())("new contenders on %s", (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const lb = await db.db.leaderboard.create({ data: { slug: "video", name: "Video arena", source: "Arena", pool: "text-to-video", modality: "TEXT_TO_VIDEO" } });
    for (const slug of ["seedance-2-0", "kling-2-5", "veo-3", "sora-2"]) await db.db.model.create({ data: { slug, name: slug } });
    await db.db.leaderboardSource.create({ data: { leaderboardId: lb.id, url: `${server.origin}/${kind}/board.json`, adapter: "lmarena-catalog", selector: "full" } });
  }, 120_000);
  afterAll(() => db.destroy());

  it("signals an unknown name taking the top once, to editors and to watchers of the models it displaced", async () => {
    const editor = await createTestUser(db, "EDITOR");
    const watcher = await createTestUser(db, "SUBSCRIBER");
    const seedance = await db.db.model.findUniqueOrThrow({ where: { slug: "seedance-2-0" } });
    await db.db.watchlistEntry.create({ data: { userId: watcher.id, modelId: seedance.id } });
    await db.db.webhook.create({ data: { userId: watcher.id, url: "https://hooks.example/x", secret: "s" } });
    const contenders = () => db.db.signal.findMany({ where: { type: "NEW_CONTENDER" } });

    // The first version: an unknown name already on top is where the board starts, not news.
    body = board({ "seedance-2-0": 1300, "kling-2-5": 1280, "veo-3": 1250, "early-bird": 1310 });
    expect((await runSourcesOnce(db.db, { allowPrivateNetworks: true, all: true, now: () => new Date("2026-03-01T00:00:00Z") }))[0]?.status).toBe("new-version");
    expect(await contenders()).toHaveLength(0);

    body = board({ "seedance-2-0": 1301, "kling-2-5": 1279, "veo-3": 1251, "early-bird": 1309, "happy-horse-anon": 1372 });
    await runSourcesOnce(db.db, { allowPrivateNetworks: true, all: true, now: () => new Date("2026-03-08T00:00:00Z") });
    const [signal, ...rest] = await contenders();
    expect(rest).toHaveLength(0);
    expect(signal).toMatchObject({ modelId: null, title: "New contender on Video arena: happy-horse-anon at rank 1" });
    // Ranks with uncertainty: happy-horse 1, early-bird 2, seedance 2 (its bound touches early-bird's), kling 4: only seedance was in the top 3.
    expect(signal!.payload).toMatchObject({ rating: 1372, ciLow: 1368, ciHigh: 1376, rank: 1, reason: "above-leader", displaced: ["seedance-2-0"] });

    await fanOutSignals(db.db);
    const notified = await db.db.notification.findMany({ where: { signalId: signal!.id }, include: { deliveries: true } });
    expect(notified.map((n) => n.userId).sort()).toEqual([editor.id, watcher.id].sort());
    expect(notified.find((n) => n.userId === watcher.id)?.deliveries.map((d) => d.channel)).toContain("WEBHOOK");

    // The same name in the next version: nothing new.
    body = board({ "seedance-2-0": 1302, "kling-2-5": 1278, "veo-3": 1252, "early-bird": 1308, "happy-horse-anon": 1375 });
    await runSourcesOnce(db.db, { allowPrivateNetworks: true, all: true, now: () => new Date("2026-03-15T00:00:00Z") });
    expect(await contenders()).toHaveLength(1);
  });
});
