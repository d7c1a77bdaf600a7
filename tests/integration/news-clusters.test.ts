// Story clusters and proposed claim changes through the real ingest path, on
// both databases: feeds served on loopback, ingested by ingestFeed, rows
// checked as stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestFeed } from "@/lib/news/ingest/ingest-feed";
import { readClaimProposals } from "@/lib/news/proposals/claim-proposal";
import { rssDocument, servedFeedBodies, type RssEntry } from "../helpers/feed-server";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

const { bodies, url: feedUrl } = servedFeedBodies();

describe.each(testDatabaseKinds())("story clusters and claim proposals at ingest on %s", (kind) => {
  let db: TestDatabase;
  let modelId: string;
  let pricingClaimId: string;
  // After every date below: ingest clamps dates in the future to "now".
  const now = () => new Date("2026-12-01T12:00:00Z");

  async function ingest(outlet: string, items: RssEntry[]) {
    const path = `/${kind}/${outlet.replace(/\W+/g, "-")}.xml`;
    bodies.set(path, rssDocument(outlet, items));
    const feed = await db.db.feed.create({ data: { url: feedUrl(path) } });
    const result = await ingestFeed(db.db, feed.id, { allowPrivateNetworks: true, now });
    expect(result).toMatchObject({ status: "ok", error: null });
    return result;
  }
  const byTitle = (title: string) => db.db.newsItem.findFirstOrThrow({ where: { title } });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    const model = await db.db.model.create({ data: { slug: "happyhorse-1-0", name: "HappyHorse 1.0" } });
    modelId = model.id;
    await db.db.modelAlias.create({ data: { modelId, alias: "HappyHorse", normalized: "happyhorse" } });
    pricingClaimId = (
      await db.db.claim.create({ data: { modelId, category: "PRICING", statement: "Priced per second of video", status: "UNVERIFIED" } })
    ).id;
    // Settled and current: news cannot reopen it on its own.
    await db.db.claim.create({ data: { modelId, category: "LICENSING", statement: "Commercial use allowed", status: "VERIFIED" } });
    // Retracted: counts as no claim, but ARCHITECTURE is not a category where a missing claim is a gap.
    await db.db.claim.create({ data: { modelId, category: "ARCHITECTURE", statement: "A diffusion transformer", status: "RETRACTED" } });

    await ingest("Frame Rate", [
      { title: "Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit", link: "https://framerate.example/alibaba-confirms", date: "2026-11-02T09:00:00Z" },
      { title: "HappyHorse 1.0 tops the silent video arena", link: "https://framerate.example/arena", date: "2026-11-02T10:00:00Z" },
    ]);
    await ingest("The Ledger", [
      { title: "HappyHorse 1.0 comes from Alibaba's ATH AI Innovation Unit, company confirms", link: "https://ledger.example/happyhorse-ath", date: "2026-11-03T08:00:00Z" },
      {
        title: "HappyHorse 1.0 pricing page appears",
        link: "https://ledger.example/pricing",
        date: "2026-11-03T09:00:00Z",
        description: "A price list and API terms appeared, with a licence and a diffusion architecture note.",
      },
      // The same article as Frame Rate's, reached with tracking parameters: stored once.
      { title: "Alibaba confirms HappyHorse origin", link: "https://framerate.example/alibaba-confirms?utm_source=ledger", date: "2026-11-03T10:00:00Z" },
    ]);
  }, 120_000);
  afterAll(() => db.destroy());

  it("puts the same story from two outlets in one cluster, and keeps other stories about the model apart", async () => {
    const first = await byTitle("Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit");
    const reworded = await byTitle("HappyHorse 1.0 comes from Alibaba's ATH AI Innovation Unit, company confirms");
    expect(first.clusterId).not.toBeNull();
    expect(reworded.clusterId).toBe(first.clusterId);
    expect(reworded.feedId).not.toBe(first.feedId);
    const cluster = await db.db.newsCluster.findUniqueOrThrow({ where: { id: first.clusterId! }, include: { items: true } });
    expect(cluster.title).toBe(first.title);
    expect(cluster.items).toHaveLength(2);

    expect((await byTitle("HappyHorse 1.0 tops the silent video arena")).clusterId).toBeNull();
    expect((await byTitle("HappyHorse 1.0 pricing page appears")).clusterId).toBeNull();
  });

  it("stores an article two feeds carry (same canonical URL) once", async () => {
    const copies = await db.db.newsItem.count({ where: { canonicalUrl: "https://framerate.example/alibaba-confirms" } });
    expect(copies).toBe(1);
    expect(await db.db.newsItem.count({ where: { title: "Alibaba confirms HappyHorse origin" } })).toBe(0);
  });

  it("clusters one story that several feeds bring at the same moment (ingested concurrently)", async () => {
    const outlets = ["Wire One", "Wire Two", "Wire Three", "Wire Four", "Wire Five"];
    const feeds = await Promise.all(
      outlets.map(async (outlet, i) => {
        const path = `/${kind}/${outlet.replace(/\W+/g, "-")}.xml`;
        bodies.set(
          path,
          rssDocument(outlet, [{ title: `Veo 4 launch confirmed by Google DeepMind, wire ${["report", "story", "note", "brief", "flash"][i]}`, link: `https://wire${i}.example/veo4`, date: "2026-11-10T09:00:00Z" }]),
        );
        return db.db.feed.create({ data: { url: feedUrl(path) } });
      }),
    );
    const results = await Promise.all(feeds.map((f) => ingestFeed(db.db, f.id, { allowPrivateNetworks: true, now })));
    expect(results.map((r) => r.status)).toEqual(outlets.map(() => "ok"));
    const items = await db.db.newsItem.findMany({ where: { feedId: { in: feeds.map((f) => f.id) } } });
    expect(items).toHaveLength(5);
    expect(items[0]!.clusterId).not.toBeNull();
    expect(new Set(items.map((i) => i.clusterId)).size).toBe(1);
  });

  it("joins a later report to the existing cluster, but not one outside the few-day window", async () => {
    await ingest("Synthetic Media", [
      { title: "Alibaba confirms: HappyHorse 1.0 comes from the ATH AI Innovation Unit", link: "https://synth.example/confirmed", date: "2026-11-04T09:00:00Z" },
      { title: "Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit", link: "https://synth.example/anniversary", date: "2026-11-20T09:00:00Z" },
    ]);
    const first = await byTitle("Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit");
    expect((await byTitle("Alibaba confirms: HappyHorse 1.0 comes from the ATH AI Innovation Unit")).clusterId).toBe(first.clusterId);
    const late = await db.db.newsItem.findFirstOrThrow({ where: { canonicalUrl: "https://synth.example/anniversary" } });
    expect(late.clusterId).toBeNull();
  });

  it("signals a change a story proposes once, however many outlets report it (each report keeps its proposal)", async () => {
    const outlets = ["Leak Desk", "Price Watch", "Weibo Digest"];
    const feeds = await Promise.all(
      outlets.map(async (outlet, i) => {
        const path = `/${kind}/${outlet.replace(/\W+/g, "-")}.xml`;
        const title = `HappyHorse 1.0 per-second prices leak on Weibo, ${["report", "story", "roundup"][i]}`;
        bodies.set(path, rssDocument(outlet, [{ title, link: `https://leak${i}.example/prices`, date: "2026-11-12T09:00:00Z", description: "The leaked price list shows per-second pricing." }]));
        return db.db.feed.create({ data: { url: feedUrl(path) } });
      }),
    );
    // Two at once (the story's word locks order them), then a third report a while later.
    await Promise.all(feeds.slice(0, 2).map((f) => ingestFeed(db.db, f.id, { allowPrivateNetworks: true, now })));
    await ingestFeed(db.db, feeds[2]!.id, { allowPrivateNetworks: true, now });
    const items = await db.db.newsItem.findMany({ where: { feedId: { in: feeds.map((f) => f.id) } } });
    expect(items).toHaveLength(3);
    expect(new Set(items.map((i) => i.clusterId)).size).toBe(1);
    expect(items[0]!.clusterId).not.toBeNull();
    for (const item of items) {
      expect(readClaimProposals(item.proposals).map((p) => [p.kind, p.category, p.claimId])).toEqual([["add-source", "PRICING", pricingClaimId]]);
    }
    const signals = await db.db.signal.findMany({ where: { type: "CLAIM_PROPOSED", newsItemId: { in: items.map((i) => i.id) } } });
    expect(signals.map((s) => [s.modelId, s.claimId])).toEqual([[modelId, pricingClaimId]]);
  });

  it("proposes claim changes where the model's claim is open or missing, with one CLAIM_PROPOSED signal each", async () => {
    const item = await byTitle("HappyHorse 1.0 pricing page appears");
    expect(item.suggestedCategories).toEqual(expect.arrayContaining(["API", "PRICING", "LICENSING", "ARCHITECTURE"]));
    const proposals = readClaimProposals(item.proposals);
    expect(proposals.map((p) => [p.kind, p.category, p.claimId])).toEqual([
      ["create-claim", "API", null],
      ["add-source", "PRICING", pricingClaimId],
    ]);
    expect(proposals.every((p) => p.modelId === modelId && p.accepted === null)).toBe(true);
    const signals = await db.db.signal.findMany({ where: { type: "CLAIM_PROPOSED", newsItemId: item.id }, orderBy: { createdAt: "asc" } });
    expect(signals.map((s) => [s.modelId, s.claimId])).toEqual(
      expect.arrayContaining([
        [modelId, null],
        [modelId, pricingClaimId],
      ]),
    );
    expect(signals).toHaveLength(2);
    // An item naming no category a claim could change proposes nothing.
    expect((await byTitle("HappyHorse 1.0 tops the silent video arena")).proposals).toBeNull();
  });
});
