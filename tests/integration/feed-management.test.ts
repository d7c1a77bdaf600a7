// Editors managing feeds through the API on both databases: enable / disable
// with a visible reason, interval, If-Match conflicts, fetch now, delete, OPML
// import (nested, duplicates, invalid URLs, hostile documents) and export;
// ingestion disabling a feed that keeps failing, with its reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteFeedRoute, PATCH as patchFeed } from "@/app/api/v1/feeds/[id]/route";
import { POST as fetchNow } from "@/app/api/v1/feeds/[id]/fetch/route";
import { POST as postOpml } from "@/app/api/v1/feeds/opml/route";
import { GET as getOpml } from "@/app/api/v1/feeds.opml/route";
import { GET as listFeeds } from "@/app/api/v1/feeds/route";
import { FEED_DISABLED_AFTER, ingestFeed } from "@/lib/news/ingest/ingest-feed";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";
import { startFeedServer, type FeedServer } from "../helpers/feed-server";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { childrenNamed, parseXmlTree } from "../e2e/feeds-xml-tree";

let server: FeedServer;
/** Whether the /flap feeds answer (they fail with 503 otherwise); the rest always fail. */
let flapUp = false;
const flapFeed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Flap</title><item><guid>f1</guid><title>Up again</title><link>https://flap.example/1</link></item></channel></rss>`;
beforeAll(async () => {
  server = await startFeedServer((req, res) => {
    if (req.url?.includes("/flap") && flapUp) res.writeHead(200, { "content-type": "application/rss+xml" }).end(flapFeed);
    else if (req.url?.includes("/flap")) res.writeHead(503).end("busy");
    else res.writeHead(500).end("down");
  });
});
afterAll(() => server.close());

type Json = Record<string, unknown>;

describe.each(testDatabaseKinds())("feed management on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  let subscriber: TestUser;
  const auth = () => ({ authorization: editor.bearer });
  const newFeed = (name: string, data: Record<string, unknown> = {}) =>
    db.db.feed.create({ data: { url: `https://${kind}.example/${name}.xml`, nextFetchAt: new Date(Date.now() + 3_600_000), ...data } });
  const patch = (id: string, body: unknown, version?: number) =>
    callRoute(patchFeed, {
      method: "PATCH",
      path: `/api/v1/feeds/${id}`,
      params: { id },
      headers: { ...auth(), ...(version === undefined ? {} : { "if-match": `"${version}"` }) },
      body,
    });
  const importOpml = (opml: string, who: TestUser = editor) =>
    callRoute(postOpml, { method: "POST", path: "/api/v1/feeds/opml", headers: { authorization: who.bearer }, body: { opml } });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    subscriber = await createTestUser(db, "SUBSCRIBER");
  }, 60_000);
  afterAll(() => db.destroy());

  it("disables with a visible reason, enables (due at once, reason cleared), and audits both", async () => {
    const feed = await newFeed("toggle");
    const off = await patch(feed.id, { enabled: false, reason: "paywalled since May" }, 1);
    expect(off.status).toBe(200);
    expect(off.json?.data).toMatchObject({ enabled: false, version: 2, disabledReason: expect.stringMatching(/^disabled by .+: paywalled since May$/) });
    const on = await patch(feed.id, { enabled: true }, 2);
    expect(on.json?.data).toMatchObject({ enabled: true, disabledReason: null, version: 3 });
    expect(Date.parse((on.json?.data as Json).nextFetchAt as string)).toBeLessThanOrEqual(Date.now());
    const audits = await db.db.auditEvent.findMany({ where: { entityId: feed.id, action: "feed.update" }, orderBy: { createdAt: "asc" } });
    expect(audits.map((a) => a.actorId)).toEqual([editor.id, editor.id]);
  });

  it("refuses a disable without reason (400), a missing If-Match (428), a stale version (409), a subscriber (403), an unknown id (404)", async () => {
    const feed = await newFeed("refusals");
    expect((await patch(feed.id, { enabled: false }, 1)).status).toBe(400);
    expect((await patch(feed.id, { intervalMinutes: 2 }, 1)).status).toBe(400);
    expect((await patch(feed.id, { title: "No version" })).status).toBe(428);
    expect((await patch(feed.id, { title: "First" }, 1)).status).toBe(200);
    const stale = await patch(feed.id, { title: "Second" }, 1);
    expect(stale.status).toBe(409);
    expect(stale.json?.current).toMatchObject({ title: "First", version: 2 });
    const asSubscriber = await callRoute(patchFeed, {
      method: "PATCH",
      path: `/api/v1/feeds/${feed.id}`,
      params: { id: feed.id },
      headers: { authorization: subscriber.bearer, "if-match": '"2"' },
      body: { title: "Nope" },
    });
    expect(asSubscriber.status).toBe(403);
    expect((await patch("no-such-feed", { title: "x" }, 1)).status).toBe(404);
  });

  it("lets exactly one of two concurrent edits from the same version win", async () => {
    const feed = await newFeed("race");
    const results = await Promise.all([patch(feed.id, { title: "A" }, 1), patch(feed.id, { title: "B" }, 1)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await db.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).version).toBe(2);
  });

  it("reschedules a healthy feed when its interval changes", async () => {
    const lastAttemptAt = new Date(Date.now() - 10 * 60_000);
    const feed = await newFeed("interval", { lastAttemptAt, nextFetchAt: new Date(Date.now() + 50 * 60_000) });
    const res = await patch(feed.id, { intervalMinutes: 240 }, 1);
    expect(res.json?.data).toMatchObject({ intervalMinutes: 240 });
    expect(Date.parse((res.json?.data as Json).nextFetchAt as string)).toBe(lastAttemptAt.getTime() + 240 * 60_000);
  });

  it("fetch now makes an enabled feed due and refuses a disabled one (422)", async () => {
    const feed = await newFeed("now");
    const call = (id: string) => callRoute(fetchNow, { method: "POST", path: `/api/v1/feeds/${id}/fetch`, params: { id }, headers: auth() });
    const res = await call(feed.id);
    expect(res.status).toBe(200);
    expect(Date.parse((res.json?.data as Json).nextFetchAt as string)).toBeLessThanOrEqual(Date.now());
    const off = await newFeed("now-off", { enabled: false, disabledReason: "disabled by someone: gone" });
    const refused = await call(off.id);
    expect(refused.status).toBe(422);
    expect(refused.json?.rule).toBe("feed-enabled");
  });

  it("deletes a feed and keeps its items", async () => {
    const feed = await newFeed("gone");
    await db.db.newsItem.create({
      data: { feedId: feed.id, guidHash: "h1", url: "https://gone.example/1", canonicalUrl: `https://${kind}.gone.example/1`, title: "Kept", publishedAt: new Date() },
    });
    const res = await callRoute(deleteFeedRoute, { method: "DELETE", path: `/api/v1/feeds/${feed.id}`, params: { id: feed.id }, headers: auth() });
    expect(res.status).toBe(200);
    expect(await db.db.feed.count({ where: { id: feed.id } })).toBe(0);
    expect(await db.db.newsItem.findFirstOrThrow({ where: { canonicalUrl: `https://${kind}.gone.example/1` } })).toMatchObject({ feedId: null, title: "Kept" });
    expect(await db.db.auditEvent.count({ where: { entityId: feed.id, action: "feed.delete" } })).toBe(1);
  });

  it("imports nested OPML outlines: added, already there, invalid (named), each reported", async () => {
    const existing = await newFeed("existing");
    const opml = `<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="Video">
    <outline text="Wire &amp; Co" type="rss" xmlUrl="https://${kind}.opml.example/wire.xml" htmlUrl="https://wire.example/"/>
    <outline text="Deeper"><outline title="Deep" xmlurl="https://${kind}.opml.example/deep.xml"/></outline>
  </outline>
  <outline text="Again" xmlUrl="${existing.url}"/>
  <outline text="Twin" xmlUrl="https://${kind}.opml.example/wire.xml"/>
  <outline text="Script" xmlUrl="javascript:alert(1)"/>
  <outline text="Broken" xmlUrl="not a url"/>
</body></opml>`;
    const res = await importOpml(opml);
    expect(res.status).toBe(200);
    const data = res.json?.data as { added: number; existing: number; invalid: number; outlines: Json[] };
    expect([data.added, data.existing, data.invalid]).toEqual([2, 2, 2]);
    expect(data.outlines.map((o) => [o.title, o.result])).toEqual([
      ["Wire & Co", "added"],
      ["Deep", "added"],
      ["Again", "exists"],
      ["Twin", "exists"],
      ["Script", "invalid"],
      ["Broken", "invalid"],
    ]);
    expect(data.outlines[4]).toMatchObject({ reason: "javascript is not http(s)", feedId: null });
    expect(data.outlines[2]).toMatchObject({ feedId: existing.id });
    expect(data.outlines[3]!.feedId).toBe(data.outlines[0]!.feedId);
    const wire = await db.db.feed.findUniqueOrThrow({ where: { url: `https://${kind}.opml.example/wire.xml` } });
    expect(wire).toMatchObject({ title: "Wire & Co", siteUrl: "https://wire.example/", enabled: true });
    const again = await importOpml(opml);
    expect((again.json?.data as Json).added).toBe(0);
    expect(await importOpml(opml, subscriber).then((r) => r.status)).toBe(403);
  });

  it("refuses documents that are not OPML or declare entities (422), adding nothing", async () => {
    const before = await db.db.feed.count();
    const laughs = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><opml version="2.0"><body><outline xmlUrl="https://x.example/&b;"/></body></opml>`;
    for (const doc of [laughs, `<rss><channel/></rss>`, "just text"]) {
      const res = await importOpml(doc);
      expect(res.status).toBe(422);
      expect(res.json?.rule).toBe("opml-document");
    }
    expect(await db.db.feed.count()).toBe(before);
  });

  it("exports every feed as well-formed OPML 2.0 that imports back to the same feeds", async () => {
    await newFeed("quote", { title: `Quotes " & <angles> 'n' stuff` });
    const res = await callRoute(getOpml, { path: "/api/v1/feeds.opml", headers: auth() });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/x-opml/);
    expect(res.headers.get("content-disposition")).toContain("modelwatch-feeds.opml");
    const tree = parseXmlTree(res.text);
    expect([tree.local, tree.attrs.version]).toEqual(["opml", "2.0"]);
    const outlines = childrenNamed(childrenNamed(tree, "body")[0]!, "outline");
    const feeds = await db.db.feed.findMany();
    expect(outlines.map((o) => o.attrs.xmlUrl).sort()).toEqual(feeds.map((f) => f.url).sort());
    expect(outlines.find((o) => o.attrs.xmlUrl?.endsWith("/quote.xml"))?.attrs.title).toBe(`Quotes " & <angles> 'n' stuff`);
    const roundTrip = await importOpml(res.text);
    expect(roundTrip.json?.data).toMatchObject({ added: 0, existing: feeds.length, invalid: 0 });
    expect((await callRoute(getOpml, { path: "/api/v1/feeds.opml" })).status).toBe(401);
  });

  it("disables a feed that keeps failing, with the reason on the health list, and a stale editor edit then gets 409", async () => {
    const feed = await db.db.feed.create({ data: { url: `${server.origin}/${kind}/down`, consecutiveErrors: FEED_DISABLED_AFTER - 2 } });
    const opts = { allowPrivateNetworks: true };
    expect((await ingestFeed(db.db, feed.id, opts)).status).toBe("error");
    expect(await db.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({ enabled: true, disabledReason: null });
    expect((await ingestFeed(db.db, feed.id, opts)).status).toBe("error");
    const list = await callRoute(listFeeds, { path: "/api/v1/feeds", headers: auth() });
    const row = (list.json?.data as Json[]).find((f) => f.id === feed.id);
    expect(row).toMatchObject({ enabled: false, consecutiveErrors: FEED_DISABLED_AFTER, lastStatus: 500, version: 2 });
    expect(row?.disabledReason).toMatch(new RegExp(`^disabled automatically after ${FEED_DISABLED_AFTER} consecutive errors \\(last: http-status: `));
    expect(await db.db.auditEvent.count({ where: { entityId: feed.id, action: "feed.auto-disable", actorId: null } })).toBe(1);
    expect((await patch(feed.id, { intervalMinutes: 30 }, 1)).status).toBe(409);
  });

  it("signals a flapping feed once per broken episode: none for blips, one broken and one recovered per outage", async () => {
    const feed = await db.db.feed.create({ data: { url: `${server.origin}/${kind}/flap` } });
    const opts = { allowPrivateNetworks: true };
    const fetchAs = async (up: boolean, times: number) => {
      flapUp = up;
      for (let i = 0; i < times; i++) await ingestFeed(db.db, feed.id, opts);
    };
    const signals = async () =>
      (await db.db.signal.findMany({ where: { feedId: feed.id }, orderBy: { occurredAt: "asc" }, select: { type: true } })).map((s) => s.type);
    // Blips shorter than the threshold (2 errors, then a success) are not news.
    await fetchAs(false, 2);
    await fetchAs(true, 1);
    await fetchAs(false, 2);
    await fetchAs(true, 1);
    expect(await signals()).toEqual([]);
    // Two real outages, each fetched many times while down and up: one pair per outage.
    await fetchAs(false, 6);
    await fetchAs(true, 3);
    await fetchAs(false, 4);
    await fetchAs(true, 2);
    expect(await signals()).toEqual(["FEED_BROKEN", "FEED_RECOVERED", "FEED_BROKEN", "FEED_RECOVERED"]);
    expect(await db.db.feed.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({ enabled: true, consecutiveErrors: 0 });
  });
});
