// Feed ingestion end to end on both databases: real feeds served on loopback,
// items and model links stored, 304s free, broken feeds isolated and backed
// off, one broken/recovered signal per episode, cross-feed duplicates stored
// once, and concurrent claims that never share a feed.
import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listFeeds, POST as postFeed } from "@/app/api/v1/feeds/route";
import { claimDueFeeds } from "@/lib/news/ingest/claim-due-feeds";
import { ingestFeed } from "@/lib/news/ingest/ingest-feed";
import { runIngestOnce } from "@/lib/news/ingest/run-ingest-once";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

const rss = (items: Array<{ guid: string; title: string; link: string; description?: string }>) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>${items
    .map(
      (i) =>
        `<item><guid isPermaLink="false">${i.guid}</guid><title>${i.title}</title><link>${i.link}</link><description>${i.description ?? ""}</description><pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate></item>`,
    )
    .join("")}</channel></rss>`;

// The feeds API reads this through getEnv(); the test servers are on loopback.
process.env.FEED_ALLOW_PRIVATE_NETWORKS = "true";

type Route = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const routes = new Map<string, Route>();
let server: FeedServer;

beforeAll(async () => {
  server = await startFeedServer((req, res) => {
    const route = routes.get(req.url ?? "");
    if (route) route(req, res);
    else res.writeHead(404).end("not found");
  });
});
afterAll(() => server.close());

const xml = (body: string, headers: Record<string, string> = {}): Route => (_req, res) =>
  res.writeHead(200, { "content-type": "application/rss+xml", ...headers }).end(body);

describe.each(testDatabaseKinds())("feed ingestion on %s", (kind) => {
  let db: TestDatabase;
  const path = (name: string) => `/${kind}/${name}`;
  const addFeed = (name: string, data: { intervalMinutes?: number } = {}) =>
    db.db.feed.create({ data: { url: `${server.origin}${path(name)}`, nextFetchAt: new Date(Date.now() - 1000), ...data } });
  const opts = { allowPrivateNetworks: true };

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const kling = await db.db.model.create({ data: { slug: "kling", name: "Kling" } });
    await db.db.modelAlias.create({ data: { modelId: kling.id, alias: "Kling AI", normalized: "kling ai" } });
    await db.db.model.create({ data: { slug: "sora", name: "Sora" } });
    await db.db.model.create({ data: { slug: "sora-2", name: "Sora 2" } });
  }, 60_000);
  afterAll(() => db.destroy());

  it("stores new items with suggested model links, then a 304 writes nothing", async () => {
    let conditional = 0;
    const body = rss([
      { guid: "1", title: "Kling ships an API", link: "https://wire.example/kling-api?utm_source=rss", description: "Pricing per second." },
      { guid: "2", title: "Sora 2 arrives", link: "https://wire.example/sora-2", description: "Not the Klingon opera." },
    ]);
    routes.set(path("good"), (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') {
        conditional += 1;
        res.writeHead(304).end();
      } else xml(body, { etag: '"v1"' })(req, res);
    });
    const feed = await addFeed("good");
    const [first] = await runIngestOnce(db.db, opts);
    expect(first).toMatchObject({ feedId: feed.id, status: "ok", newItems: 2, error: null });

    const items = await db.db.newsItem.findMany({ where: { feedId: feed.id }, include: { links: { include: { model: true } } }, orderBy: { title: "asc" } });
    expect(items.map((i) => [i.title, i.canonicalUrl, i.reviewStatus])).toEqual([
      ["Kling ships an API", "https://wire.example/kling-api", "NEW"],
      ["Sora 2 arrives", "https://wire.example/sora-2", "NEW"],
    ]);
    expect(items[0]!.suggestedCategories).toEqual(expect.arrayContaining(["API", "PRICING"]));
    expect(items[0]!.links.map((l) => [l.model.slug, l.state, l.matchedText])).toEqual([["kling", "SUGGESTED", "kling"]]);
    expect(items[1]!.links.map((l) => l.model.slug)).toEqual(["sora-2"]);
    const stored = await db.db.feed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(stored).toMatchObject({ etag: '"v1"', title: "Wire", siteUrl: "https://wire.example/", lastStatus: 200, consecutiveErrors: 0, leaseUntil: null });
    expect(stored.nextFetchAt.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);

    const counts = async () => [await db.db.newsItem.count(), await db.db.newsModelLink.count()];
    const before = await counts();
    await db.db.feed.update({ where: { id: feed.id }, data: { nextFetchAt: new Date(Date.now() - 1000) } });
    const [second] = await runIngestOnce(db.db, opts);
    expect(second).toMatchObject({ status: "not-modified", newItems: 0 });
    expect(conditional).toBe(1);
    expect(await counts()).toEqual(before);
    const after = await db.db.feed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(after.lastSuccessAt!.getTime()).toBeGreaterThan(stored.lastSuccessAt!.getTime());
  });

  it("re-reads a feed without validators: items it stored already are left out unread, a new one is stored", async () => {
    const first = [
      { guid: "nv-1", title: "Kling pricing page", link: "https://novalidators.example/1", description: "<![CDATA[<p>Per second.</p>]]>" },
      { guid: "nv-2", title: "Sora 2 API", link: "https://novalidators.example/2" },
    ];
    let body = rss(first);
    routes.set(path("no-validators"), (req, res) => xml(body)(req, res));
    const feed = await addFeed("no-validators");
    const again = () => db.db.feed.update({ where: { id: feed.id }, data: { nextFetchAt: new Date(Date.now() - 1000) } });

    expect(await ingestFeed(db.db, feed.id, opts)).toMatchObject({ status: "ok", newItems: 2, alreadyStored: 0 });
    await again();
    expect(await ingestFeed(db.db, feed.id, opts)).toMatchObject({ status: "ok", newItems: 0, alreadyStored: 2 });
    // The same GUID with other text is still the stored item (nothing re-read, nothing overwritten).
    body = rss([{ ...first[0]!, description: "<![CDATA[<p>Changed.</p><script>alert(1)</script>]]>" }, first[1]!, { guid: "nv-3", title: "Veo news", link: "https://novalidators.example/3" }]);
    await again();
    expect(await ingestFeed(db.db, feed.id, opts)).toMatchObject({ status: "ok", newItems: 1, alreadyStored: 2 });
    const items = await db.db.newsItem.findMany({ where: { feedId: feed.id }, orderBy: { title: "asc" }, select: { title: true, summary: true } });
    expect(items).toEqual([
      { title: "Kling pricing page", summary: "<p>Per second.</p>" },
      { title: "Sora 2 API", summary: null },
      { title: "Veo news", summary: null },
    ]);
    const stored = await db.db.feed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(stored).toMatchObject({ etag: null, lastModified: null, lastStatus: 200, consecutiveErrors: 0 });
  });

  it("marks broken feeds with their error and backoff while a good feed in the same run ingests", async () => {
    routes.set(path("500"), (_req, res) => res.writeHead(500).end("boom"));
    routes.set(path("not-xml"), (_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("just text, no feed"));
    routes.set(path("fine"), xml(rss([{ guid: "f1", title: "Fine news", link: "https://fine.example/1" }])));
    const [broken, junk, fine] = [await addFeed("500", { intervalMinutes: 10 }), await addFeed("not-xml"), await addFeed("fine")];
    const started = Date.now();
    const results = await runIngestOnce(db.db, { ...opts, concurrency: 3 });
    const byId = new Map(results.map((r) => [r.feedId, r]));
    expect(byId.get(fine.id)).toMatchObject({ status: "ok", newItems: 1 });
    expect(byId.get(broken.id)).toMatchObject({ status: "error", newItems: 0 });
    expect(byId.get(junk.id)?.status).toBe("error");

    const b = await db.db.feed.findUniqueOrThrow({ where: { id: broken.id } });
    expect(b).toMatchObject({ lastStatus: 500, consecutiveErrors: 1, leaseUntil: null, lastSuccessAt: null });
    expect(b.lastError).toMatch(/^http-status: /);
    // 10 minutes × 2^1
    expect(b.nextFetchAt.getTime()).toBeGreaterThanOrEqual(started + 20 * 60_000 - 1000);
    expect(b.nextFetchAt.getTime()).toBeLessThan(Date.now() + 20 * 60_000 + 1000);
    const j = await db.db.feed.findUniqueOrThrow({ where: { id: junk.id } });
    expect(j.consecutiveErrors).toBe(1);
    expect(j.lastError).toMatch(/^[a-z-]+: /);
  });

  it("waits as long as Retry-After asks when that is longer than the backoff", async () => {
    routes.set(path("busy"), (_req, res) => res.writeHead(503, { "retry-after": "7200" }).end());
    const feed = await addFeed("busy", { intervalMinutes: 5 });
    const result = await ingestFeed(db.db, feed.id, opts);
    expect(result.error).toMatch(/^http-status: /);
    const stored = await db.db.feed.findUniqueOrThrow({ where: { id: feed.id } });
    expect(stored.lastStatus).toBe(503);
    expect(stored.nextFetchAt.getTime()).toBeGreaterThan(Date.now() + 119 * 60_000);
  });

  it("raises one broken and one recovered signal for a feed that fails three times then recovers", async () => {
    let up = false;
    routes.set(path("flaky"), (req, res) =>
      up ? xml(rss([{ guid: "x", title: "Back", link: "https://flaky.example/back" }]))(req, res) : res.writeHead(503).end(),
    );
    const feed = await addFeed("flaky");
    const signals = (type: "FEED_BROKEN" | "FEED_RECOVERED") => db.db.signal.count({ where: { feedId: feed.id, type } });
    for (let i = 0; i < 4; i++) expect((await ingestFeed(db.db, feed.id, opts)).status).toBe("error");
    expect(await signals("FEED_BROKEN")).toBe(1);
    up = true;
    expect((await ingestFeed(db.db, feed.id, opts)).status).toBe("ok");
    expect((await ingestFeed(db.db, feed.id, opts)).status).toBe("ok");
    expect([await signals("FEED_BROKEN"), await signals("FEED_RECOVERED")]).toEqual([1, 1]);
    expect(await db.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({ consecutiveErrors: 0, lastError: null });
  });

  it("stores a story two feeds carry (same canonical URL) once", async () => {
    routes.set(path("a"), xml(rss([{ guid: "a1", title: "Same story", link: "https://story.example/x?utm_source=a" }])));
    routes.set(path("b"), xml(rss([{ guid: "b1", title: "Same story, again", link: "https://story.example/x?fbclid=1" }])));
    const [a, b] = [await addFeed("a"), await addFeed("b")];
    expect((await ingestFeed(db.db, a.id, opts)).newItems).toBe(1);
    expect((await ingestFeed(db.db, b.id, opts)).newItems).toBe(0);
    expect(await db.db.newsItem.count({ where: { canonicalUrl: "https://story.example/x" } })).toBe(1);
  });

  it("stores a story once when two feeds carrying it are ingested at the same time", async () => {
    const feeds = [];
    for (const name of ["c", "d", "e"]) {
      routes.set(path(name), xml(rss([{ guid: name, title: "Everyone has it", link: `https://story.example/y?utm_medium=${name}` }])));
      feeds.push(await addFeed(name));
    }
    const results = await Promise.all(feeds.map((f) => ingestFeed(db.db, f.id, opts)));
    expect(results.map((r) => r.status)).toEqual(["ok", "ok", "ok"]);
    expect(results.reduce((sum, r) => sum + r.newItems, 0)).toBe(1);
    expect(await db.db.newsItem.count({ where: { canonicalUrl: "https://story.example/y" } })).toBe(1);
  });

  it("adds feeds through the API: a feed or a page announcing one (201), a duplicate (409), neither (422)", async () => {
    useAsAppDatabase(db);
    const editor: TestUser = await createTestUser(db, "EDITOR");
    routes.set(path("api-feed"), xml(rss([{ guid: "p1", title: "Posted", link: "https://posted.example/1" }])));
    routes.set(path("page"), (_req, res) =>
      res.writeHead(200, { "content-type": "text/html" }).end(`<html><head><link rel="alternate" type="application/rss+xml" href="${path("api-feed")}"></head><body>Hi</body></html>`),
    );
    routes.set(path("plain-page"), (_req, res) => res.writeHead(200, { "content-type": "text/html" }).end("<html><body>No feed here</body></html>"));
    const post = (url: string) => callRoute(postFeed, { method: "POST", path: "/api/v1/feeds", headers: { authorization: editor.bearer }, body: { url, intervalMinutes: 30 } });

    const fromPage = await post(`${server.origin}${path("page")}`);
    expect(fromPage.status).toBe(201);
    expect(fromPage.json?.data).toMatchObject({ url: `${server.origin}${path("api-feed")}`, intervalMinutes: 30, consecutiveErrors: 0, itemsLast7Days: 0 });
    expect((await post(`${server.origin}${path("api-feed")}`)).status).toBe(409);
    expect((await post(`${server.origin}${path("page")}`)).status).toBe(409);
    const neither = await post(`${server.origin}${path("plain-page")}`);
    expect(neither.status).toBe(422);
    expect(JSON.stringify(neither.json)).toMatch(/url-is-feed/);
    expect((await post(`${server.origin}${path("missing")}`)).status).toBe(422);

    const list = await callRoute(listFeeds, { path: "/api/v1/feeds", headers: { authorization: editor.bearer } });
    expect(list.status).toBe(200);
    const good = (list.json?.data as Array<Record<string, unknown>>).find((f) => f.url === `${server.origin}${path("good")}`);
    expect(good).toMatchObject({ title: "Wire", lastStatus: 304, consecutiveErrors: 0, itemsLast7Days: 2, itemsLast30Days: 2 });
  });

  // Real parallelism on PostgreSQL (SKIP LOCKED); PGlite serialises the two, which must hold too.
  it("never gives one feed to two concurrent claims", async () => {
    await db.db.feed.updateMany({ data: { enabled: false } });
    await db.db.feed.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({ url: `https://due.example/${i}`, nextFetchAt: new Date(Date.now() - 1000) })),
    });
    const [one, two] = await Promise.all([
      claimDueFeeds(db.db, { limit: 50, leaseMs: 60_000 }),
      claimDueFeeds(db.db, { limit: 50, leaseMs: 60_000 }),
    ]);
    expect(one.filter((id) => two.includes(id))).toEqual([]);
    expect(new Set([...one, ...two]).size).toBe(50);
    expect(await claimDueFeeds(db.db, { limit: 50, leaseMs: 60_000 })).toEqual([]);
  });
});
