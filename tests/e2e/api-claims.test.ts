import { beforeAll, describe, expect, inject, it } from "vitest";
import { parseCsvRecords } from "@/lib/csv/parse-csv";
import { ClaimListSchema, type ClaimDto } from "@/lib/api/v1/schemas/claim-schemas";
import { HAPPYHORSE_SLUG } from "@/lib/db/seed/demo-models";
import { demo, expectProblem, getJson, loadContract, walkPages, type ListBody, type OpenApiContract } from "./api-client";

/** A claim as its CSV row says it: the JSON fields the export mirrors, as strings. */
function asCsvRow(c: ClaimDto): Record<string, string> {
  return {
    id: c.id,
    model: c.model,
    category: c.category,
    status: c.status,
    confidence: c.confidence,
    version: String(c.version),
    statement: c.statement,
    reviewBy: c.reviewBy ?? "",
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    isDemo: String(c.isDemo),
    sourceCount: String(c.sources.length),
    sourceUrls: c.sources.map((s) => s.url).join("\n"),
  };
}

describe.each(inject("e2eServers"))("claims API on $kind", ({ baseURL }) => {
  let contract: OpenApiContract;
  let all: ClaimDto[];
  beforeAll(async () => {
    contract = await loadContract(baseURL);
    all = (await walkPages<ClaimDto>(baseURL, "/api/v1/claims?limit=100")).items;
  });

  it("walks every claim exactly once, in the same order at any page size", async () => {
    expect(all.map((c) => c.id).sort()).toEqual(demo.claims.claims.map((c) => c.id as string).sort());
    const { items, pages } = await walkPages<ClaimDto>(baseURL, "/api/v1/claims?limit=7");
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(items.map((c) => c.id)).toEqual(all.map((c) => c.id));
    const first = await getJson<ListBody<ClaimDto>>(baseURL, "/api/v1/claims?limit=7");
    contract.expectBody("/api/v1/claims", 200, first.body, ClaimListSchema);
    expect(first.body.notice).toMatch(/illustrative/);
  });

  it("filters by model, status and category, and by an enum that is validated", async () => {
    const byModel = await walkPages<ClaimDto>(baseURL, `/api/v1/claims?model=${HAPPYHORSE_SLUG}&limit=3`);
    expect(byModel.items.map((c) => c.id)).toEqual(all.filter((c) => c.model === HAPPYHORSE_SLUG).map((c) => c.id));
    expect(byModel.items.length).toBeGreaterThan(5);

    const verified = await getJson<ListBody<ClaimDto>>(baseURL, "/api/v1/claims?status=VERIFIED&limit=100");
    expect(verified.body.data.length).toBe(all.filter((c) => c.status === "VERIFIED").length);
    expect(verified.body.data.every((c) => c.status === "VERIFIED")).toBe(true);

    const path = `/api/v1/claims?model=${HAPPYHORSE_SLUG}&status=UNVERIFIED&category=ARCHITECTURE`;
    const combined = await getJson<ListBody<ClaimDto>>(baseURL, path);
    expect(combined.body.data.length).toBeGreaterThan(0);
    expect(combined.body.data).toEqual(
      all.filter((c) => c.model === HAPPYHORSE_SLUG && c.status === "UNVERIFIED" && c.category === "ARCHITECTURE"),
    );
    for (const c of combined.body.data) {
      expect(Object.keys(c.sources[0] ?? {}).sort()).toEqual(["id", "kind", "publishedAt", "publisher", "quote", "title", "url"]);
    }

    const p = await expectProblem(baseURL, "/api/v1/claims?status=verified", 400, ["status"]);
    expect(p.errors?.[0]?.reason).toContain("VERIFIED");
    await expectProblem(baseURL, "/api/v1/claims?category=PRICE", 400, ["category"]);
    await expectProblem(baseURL, "/api/v1/claims?status=NOPE&category=NOPE&limit=0&colour=red", 400, [
      "status",
      "category",
      "limit",
      "colour",
    ]);
    await expectProblem(baseURL, "/api/v1/claims?status=VERIFIED&status=REFUTED", 400, ["status"]);
    await expectProblem(baseURL, "/api/v1/claims?cursor=eyJ2IjoxfQ", 400, ["cursor"]);
    const missing = await expectProblem(baseURL, "/api/v1/claims?model=no-such-model", 404);
    expect(missing.detail).toMatch(/no-such-model.*model/);
  });

  it("exports the same claims as RFC 4180 CSV", async () => {
    const res = await fetch(`${baseURL}/api/v1/claims.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="modelwatch-claims.csv"');
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const text = await res.text();
    expect(text.endsWith("\r\n")).toBe(true);
    // Quoted fields hold line breaks (several source URLs) and commas.
    expect(text).toMatch(/"[^"]*\n[^"]*"/);
    expect(parseCsvRecords(text)).toEqual(all.map(asCsvRow));

    const filtered = await fetch(`${baseURL}/api/v1/claims.csv?model=${HAPPYHORSE_SLUG}&status=VERIFIED`);
    expect(filtered.headers.get("content-disposition")).toContain(`modelwatch-claims-${HAPPYHORSE_SLUG}.csv`);
    expect(parseCsvRecords(await filtered.text())).toEqual(
      all.filter((c) => c.model === HAPPYHORSE_SLUG && c.status === "VERIFIED").map(asCsvRow),
    );
    await expectProblem(baseURL, "/api/v1/claims.csv?status=SURE", 400, ["status"]);
    await expectProblem(baseURL, "/api/v1/claims.csv?limit=5", 400, ["limit"]);
    await expectProblem(baseURL, "/api/v1/claims.csv?model=no-such-model", 404);
  });
});
