import Parser from "rss-parser";
import { describe, expect, inject, it } from "vitest";
import { checkAtomFeed, type CheckedFeed } from "./feeds-atom-check";

interface Fetched {
  res: Response;
  body: string;
  feed: CheckedFeed;
}

async function fetchFeed(url: string): Promise<Fetched> {
  const res = await fetch(url);
  const body = await res.text();
  expect(res.status, body.slice(0, 300)).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  expect(res.headers.get("etag")).toMatch(/^"[^"]+"$/);
  expect(res.headers.get("cache-control")).toContain("public");
  const feed = checkAtomFeed(body);
  expect(feed.problems).toEqual([]);
  return { res, body, feed };
}

function expectNewestFirst(feed: CheckedFeed): void {
  const times = feed.entries.map((e) => Date.parse(e.updated));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  expect(Date.parse(feed.updated)).toBe(Math.max(...times));
}

describe.each(inject("e2eServers"))("Atom feeds on $kind", ({ baseURL }) => {
  it("the HappyHorse feed carries its claim events, the ownership verification and reviewed news", async () => {
    const url = `${baseURL}/feeds/models/happyhorse-1-0`;
    const { feed } = await fetchFeed(url);
    expect(feed.title).toContain("HappyHorse 1.0");
    expect(feed.subtitle).toContain("Demo data");
    expect(feed.links).toContainEqual({ rel: "self", href: url, type: "application/atom+xml" });
    expect(feed.links).toContainEqual({ rel: "alternate", href: `${baseURL}/models/happyhorse-1-0`, type: "text/html" });
    expect(feed.entries.length).toBeGreaterThan(10);
    expect(feed.entries.length).toBeLessThanOrEqual(50);
    expectNewestFirst(feed);

    const verified = feed.entries.find((e) => /Ownership claim: Unverified → Verified/.test(e.title));
    expect(verified?.title).toBe("HappyHorse 1.0 — Ownership claim: Unverified → Verified");
    expect(verified?.updated).toBe("2026-08-31T15:00:00Z");
    expect(verified?.content).toContain("ATH AI Innovation Unit");
    expect(verified?.content).toMatch(/Editor’s note:<\/strong> Alibaba confirmed in an official statement/);
    expect(verified?.content).toMatch(/<a href="https:\/\/www\.alibabagroup\.com[^"]*">Alibaba statement on HappyHorse 1\.0<\/a> \(Official\)/);
    expect(verified?.categories).toEqual(expect.arrayContaining(["OWNERSHIP", "VERIFIED", "demo"]));

    expect(feed.entries.some((e) => /recorded: “/.test(e.title))).toBe(true);
    const news = feed.entries.filter((e) => e.categories.includes("news"));
    expect(news.length).toBeGreaterThan(3);
    // Reviewed, relevant, confirmed news only: the dismissed carousel story and the unreviewed queue stay out.
    expect(news.some((e) => /carousel/i.test(e.title))).toBe(false);
    expect(news.some((e) => /console screenshot/i.test(e.title))).toBe(false);
    expect(news.find((e) => /Alibaba confirms HappyHorse 1\.0/.test(e.title))?.links[0]?.href).toMatch(/^https:\/\/modelledger\.example\//);
  });

  it("answers a repeated request with 304 when the ETag matches", async () => {
    const url = `${baseURL}/feeds/models/happyhorse-1-0`;
    const first = await fetchFeed(url);
    const etag = first.res.headers.get("etag") ?? "";
    const again = await fetch(url, { headers: { "If-None-Match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    const changed = await fetch(url, { headers: { "If-None-Match": '"stale"' } });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe(first.body);
  });

  it("the verifications feed lists status changes across models, sharing entry ids with model feeds", async () => {
    const { feed } = await fetchFeed(`${baseURL}/feeds/verifications`);
    expectNewestFirst(feed);
    expect(feed.entries.length).toBeGreaterThan(5);
    expect(feed.entries.every((e) => / → |retracted|restored/.test(e.title))).toBe(true);
    const models = new Set(feed.entries.flatMap((e) => e.categories.filter((c) => /-/.test(c) && c === c.toLowerCase())));
    expect(models.size).toBeGreaterThan(2);
    const ownership = feed.entries.find((e) => e.title === "HappyHorse 1.0 — Ownership claim: Unverified → Verified");
    const model = await fetchFeed(`${baseURL}/feeds/models/happyhorse-1-0`);
    expect(model.feed.entries.map((e) => e.id)).toContain(ownership?.id);
    expect(feed.entries.some((e) => /Refuted|Disputed/.test(e.title))).toBe(true);
  });

  it("the leaderboard feed reports HappyHorse's rank changes", async () => {
    const { feed } = await fetchFeed(`${baseURL}/feeds/leaderboards/text-to-video`);
    expectNewestFirst(feed);
    expect(feed.subtitle).toContain("Demo data");
    expect(feed.links).toContainEqual({ rel: "alternate", href: `${baseURL}/leaderboards/text-to-video`, type: "text/html" });
    const hh = feed.entries.filter((e) => e.title.startsWith("HappyHorse 1.0: rank "));
    expect(hh.length).toBeGreaterThan(0);
    expect(hh.some((e) => /^HappyHorse 1\.0: rank [2-9] → 1 on Text to video \(no audio\)$/.test(e.title))).toBe(true);
    expect(hh[0]?.content).toMatch(/95% interval/);
  });

  it("a feed reader (rss-parser) reads every feed", async () => {
    const parser = new Parser();
    for (const path of ["/feeds/models/happyhorse-1-0", "/feeds/verifications", "/feeds/leaderboards/image-to-video"]) {
      const { body, feed } = await fetchFeed(`${baseURL}${path}`);
      const parsed = await parser.parseString(body);
      expect(parsed.items.length, path).toBe(feed.entries.length);
      expect(parsed.title).toBe(feed.title);
    }
  });

  it("redirects a capitalised model slug to the feed's canonical URL", async () => {
    const res = await fetch(`${baseURL}/feeds/models/HappyHorse-1-0`, { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toMatch(/\/feeds\/models\/happyhorse-1-0$/);
  });

  it("answers unknown and malformed slugs with 404 problem+json", async () => {
    for (const path of ["/feeds/models/no-such-model", "/feeds/leaderboards/no-such-board", "/feeds/models/%3Cscript%3E"]) {
      const res = await fetch(`${baseURL}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const problem = (await res.json()) as { status: number; title: string };
      expect(problem).toMatchObject({ status: 404, title: "Not Found" });
    }
  });
});
