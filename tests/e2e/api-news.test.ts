import { beforeAll, describe, expect, inject, it } from "vitest";
import { NewsListSchema, type NewsItemDto } from "@/lib/api/v1/schemas/news-schemas";
import { HAPPYHORSE_SLUG } from "@/lib/db/seed/demo-models";
import { demo, expectProblem, getJson, loadContract, walkPages, type ListBody, type OpenApiContract } from "./api-client";

const relevant = demo.news.filter((n) => n.reviewStatus === "RELEVANT");
const confirmedSlugs = (newsId: string) =>
  demo.newsLinks
    .filter((l) => l.newsItemId === newsId && l.state === "CONFIRMED")
    .map((l) => l.modelId.replace("demo-model-", ""))
    .sort();

describe.each(inject("e2eServers"))("news API on $kind", ({ baseURL }) => {
  let contract: OpenApiContract;
  beforeAll(async () => {
    contract = await loadContract(baseURL);
  });

  it("lists only reviewed-relevant items, newest first, with their confirmed models", async () => {
    expect(demo.news.length).toBeGreaterThan(relevant.length); // the queue also holds NEW and DISMISSED items
    const first = await getJson<ListBody<NewsItemDto>>(baseURL, "/api/v1/news?limit=5");
    contract.expectBody("/api/v1/news", 200, first.body, NewsListSchema);
    expect(first.body.notice).toMatch(/illustrative/);

    const { items } = await walkPages<NewsItemDto>(baseURL, "/api/v1/news?limit=5");
    expect(items.map((n) => n.id).sort()).toEqual(relevant.map((n) => n.id as string).sort());
    const times = items.map((n) => n.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
    for (const n of items) {
      expect(n.models, n.id).toEqual(confirmedSlugs(n.id));
      expect(n.url).toMatch(/^https:\/\//);
      expect(n.isDemo).toBe(true);
    }
  });

  it("filters by model and refuses an unknown one", async () => {
    const { items } = await walkPages<NewsItemDto>(baseURL, `/api/v1/news?model=${HAPPYHORSE_SLUG}&limit=3`);
    const expected = relevant.filter((n) => confirmedSlugs(n.id as string).includes(HAPPYHORSE_SLUG));
    expect(items.map((n) => n.id).sort()).toEqual(expected.map((n) => n.id as string).sort());
    expect(items.every((n) => n.models.includes(HAPPYHORSE_SLUG))).toBe(true);
    await expectProblem(baseURL, "/api/v1/news?model=no-such-model", 404);
    await expectProblem(baseURL, "/api/v1/news?status=NEW", 400, ["status"]);
  });
});
