// Story clusters and proposed claim changes in the review queue, through the
// API on both databases: items ingested from feeds on loopback, the queue
// showing a story once with its sources, review applying to the whole story,
// and a proposal accepted in one action (once).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as accept } from "@/app/api/v1/news/[id]/proposals/[index]/accept/route";
import { POST as review } from "@/app/api/v1/news/[id]/review/route";
import { GET as getQueue } from "@/app/api/v1/review-queue/route";
import { POST as bulkDismiss } from "@/app/api/v1/review-queue/dismiss/route";
import type { ReviewItem } from "@/lib/api/v1/schemas/review-write-schemas";
import { ingestFeed } from "@/lib/news/ingest/ingest-feed";
import { rssDocument, servedFeedBodies } from "../helpers/feed-server";
import { callRoute, createTestUser, useAsAppDatabase, type TestUser } from "../helpers/route-harness";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";

type Entry = [title: string, link: string, date: string, description?: string];

const { bodies, url: feedUrl } = servedFeedBodies();

describe.each(testDatabaseKinds())("clusters and proposals in the review queue on %s", (kind) => {
  let db: TestDatabase;
  let editor: TestUser;
  let subscriber: TestUser;
  let modelId: string;
  let pricingClaimId: string;

  async function ingest(outlet: string, items: Entry[]) {
    const path = `/${kind}/${outlet.replace(/\W+/g, "-")}.xml`;
    bodies.set(path, rssDocument(outlet, items.map(([title, link, date, description]) => ({ title, link, date, description }))));
    const feed = await db.db.feed.create({ data: { url: feedUrl(path), title: outlet } });
    const result = await ingestFeed(db.db, feed.id, { allowPrivateNetworks: true, now: () => new Date("2026-12-01T00:00:00Z") });
    expect(result.status).toBe("ok");
  }
  const idOf = async (title: string) => (await db.db.newsItem.findFirstOrThrow({ where: { title }, select: { id: true } })).id;
  const queue = async (state = "NEW") => {
    const res = await callRoute(getQueue, { path: `/api/v1/review-queue?state=${state}`, headers: { authorization: editor.bearer } });
    expect(res.status).toBe(200);
    return res.json as { data: ReviewItem[]; counts: Record<string, number> };
  };
  const acceptProposal = (id: string, index: number, body: unknown = {}, user = editor) =>
    callRoute(accept, {
      method: "POST",
      path: `/api/v1/news/${id}/proposals/${index}/accept`,
      params: { id, index: String(index) },
      headers: { authorization: user.bearer },
      body,
    });

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    editor = await createTestUser(db, "EDITOR");
    subscriber = await createTestUser(db, "SUBSCRIBER");
    modelId = (await db.db.model.create({ data: { slug: "happyhorse-1-0", name: "HappyHorse 1.0" } })).id;
    await db.db.modelAlias.create({ data: { modelId, alias: "HappyHorse", normalized: "happyhorse" } });
    pricingClaimId = (await db.db.claim.create({ data: { modelId, category: "PRICING", statement: "Priced per second" } })).id;
    await ingest("Frame Rate", [
      ["Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit", "https://framerate.example/a", "2026-11-02T09:00:00Z"],
      ["Kling 3.0 adds native audio", "https://framerate.example/kling", "2026-11-02T11:00:00Z"],
      ["HappyHorse 1.0 pricing page appears", "https://framerate.example/pricing", "2026-11-04T09:00:00Z", "A price list with API terms."],
    ]);
    await ingest("The Ledger", [
      ["HappyHorse 1.0 comes from Alibaba's ATH AI Innovation Unit, company confirms", "https://ledger.example/b", "2026-11-02T10:00:00Z"],
      ["Kling 3.0 adds native audio, Kuaishou says", "https://ledger.example/kling", "2026-11-02T12:00:00Z"],
    ]);
  }, 120_000);
  afterAll(() => db?.destroy());

  it("shows a story once, with every outlet's report and link, and counts it once", async () => {
    const { data, counts } = await queue();
    expect(data.map((i) => i.title)).toEqual([
      "HappyHorse 1.0 pricing page appears",
      "Kling 3.0 adds native audio, Kuaishou says",
      "HappyHorse 1.0 comes from Alibaba's ATH AI Innovation Unit, company confirms",
    ]);
    expect(counts.NEW).toBe(3);
    const story = data[2]!;
    expect(story.source).toBe("The Ledger");
    expect(story.cluster?.others).toEqual([
      expect.objectContaining({
        title: "Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit",
        source: "Frame Rate",
        url: "https://framerate.example/a",
        reviewStatus: "NEW",
      }),
    ]);
  });

  it("marks the whole story relevant in one review, signalling watchers once", async () => {
    const id = await idOf("HappyHorse 1.0 comes from Alibaba's ATH AI Innovation Unit, company confirms");
    const res = await callRoute(review, {
      method: "POST",
      path: `/api/v1/news/${id}/review`,
      params: { id },
      headers: { authorization: editor.bearer },
      body: { action: "relevant", version: 1 },
    });
    expect(res.status).toBe(200);
    const sibling = await db.db.newsItem.findFirstOrThrow({
      where: { title: "Alibaba confirms HappyHorse 1.0 comes from its ATH AI Innovation Unit" },
      include: { links: true },
    });
    expect(sibling.reviewStatus).toBe("RELEVANT");
    expect(sibling.links.map((l) => l.state)).toEqual(["CONFIRMED"]);
    const signals = await db.db.signal.count({ where: { type: "NEWS_REVIEWED", newsItemId: { in: [id, sibling.id] } } });
    expect(signals).toBe(1);
    expect((await queue("RELEVANT")).data.map((i) => i.id)).toEqual([id]);
  });

  it("dismisses a whole story from the bulk bar too", async () => {
    const kling = (await queue()).data.find((i) => i.title.startsWith("Kling 3.0"))!;
    const res = await callRoute(bulkDismiss, {
      method: "POST",
      path: "/api/v1/review-queue/dismiss",
      headers: { authorization: editor.bearer },
      body: { ids: [kling.id], reason: "Not a tracked model" },
    });
    expect(res.status).toBe(200);
    expect((res.json?.data as { dismissed: string[] }).dismissed).toHaveLength(2);
    expect(await db.db.newsItem.count({ where: { title: { startsWith: "Kling 3.0" }, reviewStatus: "DISMISSED" } })).toBe(2);
  });

  it("lists the proposals of an item: cite it on the open PRICING claim, create the missing API claim", async () => {
    const item = (await queue()).data.find((i) => i.title === "HappyHorse 1.0 pricing page appears")!;
    expect(item.proposals.map((p) => [p.index, p.kind, p.category, p.claim?.id ?? null, p.accepted])).toEqual([
      [0, "create-claim", "API", null, null],
      [1, "add-source", "PRICING", pricingClaimId, null],
    ]);
    expect(item.proposals[1]!.reason).toContain("Pricing claim of HappyHorse 1.0 is unverified");
  });

  it("accepts a create-claim proposal in one action: claim with the item as source, item relevant; twice is a 409", async () => {
    const id = await idOf("HappyHorse 1.0 pricing page appears");
    expect((await acceptProposal(id, 0, {}, subscriber)).status).toBe(403);
    const res = await acceptProposal(id, 0, { statement: "An API is listed on the pricing page" });
    expect(res.status).toBe(201);
    const { item, claim } = res.json?.data as { item: ReviewItem; claim: { id: string; category: string; status: string; statement: string } };
    expect(claim).toMatchObject({ category: "API", status: "UNVERIFIED", statement: "An API is listed on the pricing page" });
    expect(item.reviewStatus).toBe("RELEVANT");
    expect(item.models).toEqual([expect.objectContaining({ slug: "happyhorse-1-0", state: "CONFIRMED" })]);
    expect(item.proposals[0]!.accepted).toEqual({ at: expect.any(String), claimId: claim.id });
    const stored = await db.db.claim.findUniqueOrThrow({ where: { id: claim.id }, include: { sources: true, events: true } });
    expect(stored.sources.map((s) => [s.newsItemId, s.kind, s.publisher])).toEqual([[id, "PRESS", "Frame Rate"]]);
    expect(stored.events.map((e) => e.type)).toEqual(["CREATED"]);
    expect(await db.db.signal.count({ where: { type: "CLAIM_CREATED", claimId: claim.id } })).toBe(1);
    expect(await db.db.auditEvent.count({ where: { action: "news.proposal-accept", entityId: id } })).toBe(1);

    const again = await acceptProposal(id, 0);
    expect(again.status).toBe(409);
    expect(again.json?.claimId).toBe(claim.id);
    expect(await db.db.claim.count({ where: { modelId, category: "API" } })).toBe(1);
  });

  it("accepts an add-source proposal on the open claim (a new version and a SOURCE_ADDED event)", async () => {
    const id = await idOf("HappyHorse 1.0 pricing page appears");
    const res = await acceptProposal(id, 1, { note: "The pricing page is evidence for the claim" });
    expect(res.status).toBe(201);
    const claim = await db.db.claim.findUniqueOrThrow({ where: { id: pricingClaimId }, include: { sources: true, events: true } });
    expect(claim.version).toBe(2);
    expect(claim.sources.map((s) => s.newsItemId)).toEqual([id]);
    expect(claim.events.map((e) => [e.type, e.note])).toEqual([["SOURCE_ADDED", "The pricing page is evidence for the claim"]]);
    expect((await acceptProposal(id, 1)).status).toBe(409);
    expect(await db.db.claimSource.count({ where: { claimId: pricingClaimId } })).toBe(1);
  });

  it("answers 404 for a proposal index the item does not have, and 400 for one that is not a number", async () => {
    const id = await idOf("HappyHorse 1.0 pricing page appears");
    expect((await acceptProposal(id, 7)).status).toBe(404);
    expect((await acceptProposal("no-such-item", 0)).status).toBe(404);
    const bad = await callRoute(accept, {
      method: "POST",
      path: `/api/v1/news/${id}/proposals/first/accept`,
      params: { id, index: "first" },
      headers: { authorization: editor.bearer },
      body: {},
    });
    expect(bad.status).toBe(400);
  });
});
