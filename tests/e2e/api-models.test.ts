import { beforeAll, describe, expect, inject, it } from "vitest";
import { DEMO_NOTICE } from "@/lib/api/v1/schemas/common-schemas";
import { ModelListSchema, ModelResponseSchema, type ModelDetailDto, type ModelSummaryDto } from "@/lib/api/v1/schemas/model-schemas";
import { DEMO_LEADERBOARDS } from "@/lib/db/seed/demo-leaderboards";
import { HAPPYHORSE_SLUG } from "@/lib/db/seed/demo-models";
import { demo, expectProblem, getJson, loadContract, walkPages, type ListBody, type OpenApiContract } from "./api-client";

describe.each(inject("e2eServers"))("models API on $kind", ({ baseURL }) => {
  let contract: OpenApiContract;
  beforeAll(async () => {
    contract = await loadContract(baseURL);
  });

  it("lists every model with claim counts, links and the demo notice", async () => {
    const { res, body } = await getJson<ListBody<ModelSummaryDto>>(baseURL, "/api/v1/models");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    contract.expectBody("/api/v1/models", 200, body, ModelListSchema);
    // The illustrative demo models, marked as such, and the real LMArena board's models, which are not.
    expect(body.data.filter((m) => m.isDemo).map((m) => m.slug).sort()).toEqual(demo.models.map((m) => m.slug).sort());
    const real = new Set(body.data.filter((m) => !m.isDemo).map((m) => m.slug));
    expect(real.has("gemini-2-5-flash-image")).toBe(true);
    const board = await getJson<{ data: { model: string }[] }>(baseURL, "/api/v1/leaderboards/lmarena-text-to-image/standings");
    expect(board.res.status).toBe(200);
    expect(board.body.data.length).toBeGreaterThan(10);
    for (const row of board.body.data) expect(real.has(row.model), row.model).toBe(true);
    expect(body.next).toBeNull();
    expect(body.notice).toBe(DEMO_NOTICE);

    const hh = body.data.find((m) => m.slug === HAPPYHORSE_SLUG) as ModelSummaryDto;
    expect(hh).toMatchObject({
      name: "HappyHorse 1.0",
      organization: { slug: "alibaba", name: "Alibaba" },
      unit: "ATH AI Innovation Unit",
      lifecycleStage: "ANNOUNCED",
      isDemo: true,
      links: { self: `/api/v1/models/${HAPPYHORSE_SLUG}`, html: `/models/${HAPPYHORSE_SLUG}` },
    });
    for (const m of body.data) {
      const claims = demo.claims.claims.filter((c) => c.modelId === `demo-model-${m.slug}`);
      const total = Object.values(m.claimCounts).reduce((a, b) => a + b, 0);
      expect(total, m.slug).toBe(claims.length);
      expect(m.claimCounts.VERIFIED, m.slug).toBe(claims.filter((c) => c.status === "VERIFIED").length);
    }
  });

  it("walks every model exactly once with limit=2", async () => {
    const { items, pages } = await walkPages<ModelSummaryDto>(baseURL, "/api/v1/models?limit=2");
    const slugs = items.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const all = await getJson<ListBody<ModelSummaryDto>>(baseURL, "/api/v1/models?limit=100");
    expect([...slugs].sort()).toEqual(all.body.data.map((m) => m.slug).sort());
    expect(pages).toBe(Math.ceil(all.body.data.length / 2));
    // Pages follow one order: the same as a single page of everything.
    expect(slugs).toEqual(all.body.data.map((m) => m.slug));
  });

  it("returns one model with claims, sources, lifecycle and latest ratings per leaderboard", async () => {
    const path = `/api/v1/models/${HAPPYHORSE_SLUG}`;
    const { res, body } = await getJson<{ data: ModelDetailDto; notice: string | null }>(baseURL, path);
    expect(res.status).toBe(200);
    contract.expectBody("/api/v1/models/{slug}", 200, body, ModelResponseSchema);
    const m = body.data;
    expect(body.notice).toBe(DEMO_NOTICE);
    expect(m.slug).toBe(HAPPYHORSE_SLUG);
    expect(m.aliases).toContain("horse-7");

    const expected = demo.claims.claims.filter((c) => c.modelId === m.id);
    expect(m.claims.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort());
    const ownership = m.claims.find((c) => c.category === "OWNERSHIP" && c.status === "VERIFIED");
    expect(ownership?.statement).toMatch(/ATH AI Innovation Unit/);
    expect(ownership?.sources.some((s) => s.kind === "OFFICIAL")).toBe(true);
    for (const c of m.claims) {
      const seed = expected.find((e) => e.id === c.id);
      expect(c).toMatchObject({ model: HAPPYHORSE_SLUG, status: seed?.status, category: seed?.category });
      expect(c.version).toBeGreaterThanOrEqual(1);
      const sources = demo.claims.sources.filter((s) => s.claimId === c.id);
      expect(c.sources.map((s) => s.url).sort()).toEqual(sources.map((s) => s.url).sort());
    }
    for (const status of ["VERIFIED", "UNVERIFIED"] as const) {
      expect(m.claimCounts[status]).toBe(m.claims.filter((c) => c.status === status).length);
    }

    // HappyHorse is on every demo board; each rating is that board's latest snapshot of it.
    expect(m.ratings.map((r) => r.leaderboard)).toEqual(DEMO_LEADERBOARDS.map((b) => b.slug));
    for (const r of m.ratings) {
      const snaps = demo.snapshots
        .filter((s) => s.modelId === m.id && s.leaderboardId === `demo-board-${r.leaderboard}`)
        .sort((a, b) => new Date(b.capturedAt).getTime() - new Date(a.capturedAt).getTime());
      const latest = snaps[0];
      expect(r.capturedAt).toBe(new Date(latest?.capturedAt as Date).toISOString());
      expect(r.rating).toBe(latest?.rating);
      expect(r.ciLow).not.toBeNull();
      expect(r.ciLow as number).toBeLessThanOrEqual(r.rating);
      expect(r.ciHigh as number).toBeGreaterThanOrEqual(r.rating);
      expect(r.rank).toBeGreaterThanOrEqual(1);
    }
  });

  it("answers an unknown model with a problem+json 404 and a malformed limit with a 400 naming it", async () => {
    const p = await expectProblem(baseURL, "/api/v1/models/no-such-model", 404);
    expect(p.detail).toContain("no-such-model");
    for (const bad of ["0", "101", "abc", "2.5"]) await expectProblem(baseURL, `/api/v1/models?limit=${bad}`, 400, ["limit"]);
    await expectProblem(baseURL, "/api/v1/models?cursor=bm9wZQ", 400, ["cursor"]);
    await expectProblem(baseURL, "/api/v1/models?page=2", 400, ["page"]);
    // A cursor from another list is refused, not misread.
    const claims = await getJson<ListBody<unknown>>(baseURL, "/api/v1/claims?limit=1");
    await expectProblem(baseURL, `/api/v1/models?cursor=${claims.body.next}`, 400, ["cursor"]);
    const problem = await getJson(baseURL, "/api/v1/models?limit=0");
    contract.expectBody("/api/v1/models", 400, problem.body);
    const missing = await getJson(baseURL, "/api/v1/models/no-such-model");
    contract.expectBody("/api/v1/models/{slug}", 404, missing.body);
  });
});
