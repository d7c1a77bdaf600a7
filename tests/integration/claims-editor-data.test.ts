// What the claim editor pages read: the prefill from a review-queue news item
// (model, category, quoted passage, the item as first source) and the desk's
// lists (needs re-check, counts by status).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createClaim } from "@/lib/claims/create-claim";
import { listEditorClaims } from "@/lib/claims/list-editor-claims";
import { loadClaimPrefill } from "@/lib/claims/load-claim-prefill";
import { updateClaim } from "@/lib/claims/update-claim";
import { openTestDatabase, testDatabaseKinds, type TestDatabase } from "../helpers/test-databases";
import { createTestUser, useAsAppDatabase } from "../helpers/route-harness";

describe.each(testDatabaseKinds())("claim editor data on %s", (kind) => {
  let db: TestDatabase;
  let actor: Actor;
  let modelId: string;
  let newsItemId: string;

  beforeAll(async () => {
    db = await openTestDatabase(kind);
    useAsAppDatabase(db);
    const user = await createTestUser(db, "EDITOR");
    actor = { userId: user.id, email: user.email, name: "Test Editor", role: "EDITOR", via: "session" };
    modelId = (await db.db.model.create({ data: { slug: "kling-3", name: "Kling 3.0" } })).id;
    const feed = await db.db.feed.create({ data: { url: "https://news.example/feed.xml", title: "Video AI Weekly" } });
    newsItemId = (
      await db.db.newsItem.create({
        data: {
          feedId: feed.id,
          guidHash: "abc",
          url: "https://news.example/kling-price?utm=x",
          canonicalUrl: "https://news.example/kling-price",
          title: "Kling 3.0 API prices cut",
          summary: "<p>Kuaishou cut Kling 3.0&#39;s API price to <strong>$0.10</strong> per second.</p>",
          publishedAt: new Date("2026-11-20T08:00:00Z"),
        },
      })
    ).id;
  });
  afterAll(() => db?.destroy());

  it("prefills model, category, the quoted passage and the item as a PRESS source linked back to it", async () => {
    const prefill = await loadClaimPrefill(db.db, { model: "kling-3", category: "PRICING", newsItem: newsItemId });
    expect(prefill).toEqual({
      modelSlug: "kling-3",
      category: "PRICING",
      statement: "",
      source: {
        url: "https://news.example/kling-price",
        title: "Kling 3.0 API prices cut",
        publisher: "Video AI Weekly",
        kind: "PRESS",
        quote: "Kuaishou cut Kling 3.0's API price to $0.10 per second.",
        publishedAt: "2026-11-20",
        newsItemId,
      },
    });
    const empty = await loadClaimPrefill(db.db, { model: "nope", category: "BOGUS", newsItem: "missing" });
    expect(empty).toEqual({ modelSlug: null, category: null, statement: "", source: null });
  });

  it("a claim created from the prefill keeps the link to its news item", async () => {
    const prefill = await loadClaimPrefill(db.db, { model: "kling-3", category: "PRICING", newsItem: newsItemId });
    const claim = await createClaim(db.db, actor, {
      modelId,
      category: "PRICING",
      statement: "Kling 3.0 API costs $0.10 per second.",
      note: "From the review queue",
      sources: [prefill.source!],
    });
    const source = await db.db.claimSource.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(source).toMatchObject({ newsItemId, kind: "PRESS", publisher: "Video AI Weekly" });
  });

  it("lists verdicts past their review date as needing a re-check, and counts by status", async () => {
    const now = new Date();
    const due = await createClaim(db.db, actor, {
      modelId,
      category: "API",
      statement: "Kling 3.0 has a public API.",
      note: "Docs",
      sources: [{ url: "https://kling.example/docs", title: "Docs", kind: "OFFICIAL" }],
    });
    await updateClaim(db.db, actor, due.id, 1, { status: "VERIFIED", note: "Docs are public", reviewBy: "2026-01-01" });
    const open = await createClaim(db.db, actor, { modelId, category: "API", statement: "Open with an old date.", note: "x", reviewBy: "2026-01-01" });

    const desk = await listEditorClaims(db.db, { now, status: "VERIFIED" });
    expect(desk.needsRecheck.map((c) => c.id)).toEqual([due.id]);
    expect(desk.needsRecheck.map((c) => c.id)).not.toContain(open.id);
    expect(desk.counts).toMatchObject({ VERIFIED: 1, UNVERIFIED: 2 });
    expect(desk.listed.map((c) => c.id)).toEqual([due.id]);
    expect(desk.recentlyChanged[0]?.id).toBe(open.id);
  });
});
