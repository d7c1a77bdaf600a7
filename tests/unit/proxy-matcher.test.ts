// proxy.ts runs on every path but the upload endpoints: Next buffers (and cuts) the body of any
// request the proxy sees, so endpoints taking bodies over the default limit must stay out of it.
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it } from "vitest";
import type { Endpoint } from "@/lib/api/endpoint";
import { DEFAULT_BODY_LIMIT } from "@/lib/api/request-body";
import { apiV1 } from "@/lib/api/v1/endpoints";
import { config } from "@/proxy";

// next.config.js is CommonJS without types: read the one value this test holds.
const nextConfig = (await import("@/next.config.js" as string)) as { default: { experimental: { proxyClientMaxBodySize: number } } };

const example = (path: string) => path.replace(/\{\w+\}/g, "some-slug");
const large = (e: Endpoint) => e.upload !== undefined || (e.bodyLimit ?? DEFAULT_BODY_LIMIT) > DEFAULT_BODY_LIMIT;
const matches = (path: string) => unstable_doesMiddlewareMatch({ config, url: path });

describe("proxy matcher", () => {
  const endpoints = Object.values(apiV1) as Endpoint[];
  const largePaths = new Set(endpoints.filter(large).map((e) => e.path));

  it("leaves out exactly the paths of endpoints that take bodies over the default limit", () => {
    expect([...largePaths].sort()).toEqual(["/api/v1/feeds/opml", "/api/v1/leaderboards/{slug}/battles", "/api/v1/leaderboards/{slug}/snapshots", "/api/v1/leaderboards/{slug}/sources/{id}/backfill"]);
    for (const e of endpoints) expect({ path: e.path, proxied: matches(example(e.path)) }).toEqual({ path: e.path, proxied: !largePaths.has(e.path) });
  });

  it("still runs on pages and near-miss paths", () => {
    for (const path of ["/", "/models/happyhorse-1-0", "/editor/leaderboards/arena", "/api/v1/leaderboards/arena/battles/x", "/api/v1/feeds/opml-x", "/api/v1/feeds.opml"]) {
      expect({ path, proxied: matches(path) }).toEqual({ path, proxied: true });
    }
  });

  it("buffers at most twice the default limit, so a body it cuts still reads as too large", () => {
    const buffered = nextConfig.default.experimental.proxyClientMaxBodySize;
    expect(buffered).toBe(2 * DEFAULT_BODY_LIMIT);
  });
});
