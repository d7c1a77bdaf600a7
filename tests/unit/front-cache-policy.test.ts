import { describe, expect, it } from "vitest";
import { ByteBudgetLru } from "@/lib/server/front-cache/byte-budget-lru";
import { etagMatches } from "@/lib/server/front-cache/cached-response";
import { cdnCacheControl, isCacheableRequest, storableFor } from "@/lib/server/front-cache/front-cache-policy";
import { negotiateEncoding } from "@/lib/server/front-cache/negotiate-encoding";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("which requests the front cache may answer", () => {
  it("takes anonymous GET and HEAD of public paths", () => {
    expect(isCacheableRequest(get("/models/happyhorse-1-0"))).toBe(true);
    expect(isCacheableRequest({ ...get("/feeds/verifications"), method: "HEAD" })).toBe(true);
    expect(isCacheableRequest(get("/api/v1/models?limit=5", { cookie: "theme=dark" }))).toBe(true);
  });

  it("never takes a request that carries a session, credentials, a secret or a router request", () => {
    expect(isCacheableRequest({ ...get("/"), method: "POST" })).toBe(false);
    expect(isCacheableRequest(get("/", { cookie: "a=1; modelwatch.session=abc" }))).toBe(false);
    expect(isCacheableRequest(get("/", { cookie: "__Secure-modelwatch.session=abc" }))).toBe(false);
    expect(isCacheableRequest(get("/", { cookie: "next-auth.csrf-token=x" }))).toBe(false);
    expect(isCacheableRequest(get("/api/v1/models", { authorization: "Bearer mw_x" }))).toBe(false);
    expect(isCacheableRequest(get("/unsubscribe?token=abc"))).toBe(false);
    expect(isCacheableRequest(get("/models/x?_rsc=1"))).toBe(false);
    expect(isCacheableRequest(get("/models/x", { rsc: "1" }))).toBe(false);
    expect(isCacheableRequest(get("/api/auth/session"))).toBe(false);
    expect(isCacheableRequest(get("/_next/static/chunks/a.js"))).toBe(false);
  });
});

describe("which responses it keeps", () => {
  it("keeps shareable 200s, for their s-maxage at most", () => {
    expect(storableFor(200, { "cache-control": "s-maxage=3600, stale-while-revalidate=100" }, 600_000)).toBe(600_000);
    expect(storableFor(200, { "cache-control": "s-maxage=30" }, 600_000)).toBe(30_000);
    expect(storableFor(200, { "cache-control": "public, no-cache", etag: '"x"' }, 600_000)).toBe(600_000);
  });

  it("never keeps personal, uncacheable or failed responses", () => {
    expect(storableFor(200, { "cache-control": "private, no-cache" }, 1)).toBeNull();
    expect(storableFor(200, { "cache-control": "no-store" }, 1)).toBeNull();
    expect(storableFor(200, {}, 1)).toBeNull();
    expect(storableFor(200, { "cache-control": "s-maxage=60", "set-cookie": "a=b" }, 1)).toBeNull();
    expect(storableFor(200, { "cache-control": "public", vary: "Authorization, Cookie" }, 1)).toBeNull();
    expect(storableFor(404, { "cache-control": "s-maxage=60" }, 1)).toBeNull();
  });

  it("tells CDNs a short lifetime for pages and leaves other policies alone", () => {
    expect(cdnCacheControl("s-maxage=3600, stale-while-revalidate=31532400", 30)).toBe("public, max-age=0, s-maxage=30, stale-while-revalidate=30");
    expect(cdnCacheControl("public, no-cache", 30)).toBe("public, no-cache");
    expect(cdnCacheControl("private, no-cache, no-store, max-age=0, must-revalidate", 30)).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
  });
});

describe("content coding and validators", () => {
  it("prefers br, then gzip, honouring q-values and *", () => {
    expect(negotiateEncoding("gzip, deflate, br")).toBe("br");
    expect(negotiateEncoding("gzip, deflate")).toBe("gzip");
    expect(negotiateEncoding("br;q=0, gzip")).toBe("gzip");
    expect(negotiateEncoding("br;q=0.5, gzip;q=0.9")).toBe("gzip");
    expect(negotiateEncoding("*")).toBe("br");
    expect(negotiateEncoding(undefined)).toBe("identity");
    expect(negotiateEncoding("identity")).toBe("identity");
  });

  it("matches If-None-Match weakly", () => {
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x", "abc"', '"abc"')).toBe(true);
    expect(etagMatches('"x"', '"abc"')).toBe(false);
    expect(etagMatches(undefined, '"abc"')).toBe(false);
  });
});

describe("the byte-budget LRU", () => {
  it("evicts the least recently read entries to stay within its budget", () => {
    const lru = new ByteBudgetLru<{ bytes: number }>(800);
    lru.set("a", { bytes: 100 });
    lru.set("b", { bytes: 100 });
    lru.get("a");
    for (let i = 0; i < 7; i++) lru.set(`n${i}`, { bytes: 100 });
    expect(lru.bytes).toBeLessThanOrEqual(800);
    expect(lru.get("a")).toBeDefined();
    expect(lru.get("b")).toBeUndefined();
    expect(lru.set("huge", { bytes: 101 })).toBe(false);
  });
});

describe("what drops the front cache", () => {
  it("every local tag expiry (a write here, or another process's NOTIFY) moves the generation on", async () => {
    const { expireTagsLocally } = await import("@/lib/cache/expire-tags-locally");
    const { frontCacheGeneration } = await import("@/lib/server/front-cache/front-cache-generation");
    const before = frontCacheGeneration();
    await expireTagsLocally([]);
    expect(frontCacheGeneration()).toBe(before);
    await expireTagsLocally(["model:happyhorse-1-0"]);
    expect(frontCacheGeneration()).toBe(before + 1);
  });
});
