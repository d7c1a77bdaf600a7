import { describe, expect, it } from "vitest";
import { hashFeedGuid } from "@/lib/news/ingest/hash-feed-guid";
import { isPrivateAddress } from "@/lib/news/ingest/is-private-address";
import { parseFeedDate, resolvePublishedAt } from "@/lib/news/ingest/feed-dates";
import { parseMaxAge, parseRetryAfter, suggestNextFetchDelay } from "@/lib/news/ingest/next-fetch-delay";

describe("isPrivateAddress", () => {
  it.each([
    "127.0.0.1", "127.255.0.9", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1", "169.254.169.254", "100.64.0.1",
    "100.100.100.200", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1",
    "fd00:ec2::254", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:169.254.169.254", "::ffff:10.0.0.1", "64:ff9b::a00:1",
    "2002:c0a8:101::1", "ff02::1", "not-an-ip",
  ])("%s is refused", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"])("%s is public", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe("next fetch delay", () => {
  const now = new Date("2026-11-25T12:00:00Z");
  it("reads Retry-After as seconds or as a date, and max-age", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Wed, 25 Nov 2026 12:10:00 GMT", now)).toBe(600_000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseMaxAge("public, max-age=300")).toBe(300_000);
    expect(parseMaxAge("no-store")).toBeUndefined();
  });

  it("takes the longest hint within bounds", () => {
    expect(suggestNextFetchDelay({})).toBeNull();
    expect(suggestNextFetchDelay({ maxAgeMs: 1_000 })).toBe(5 * 60_000);
    expect(suggestNextFetchDelay({ maxAgeMs: 600_000, ttlMinutes: 60 })).toBe(3_600_000);
    expect(suggestNextFetchDelay({ retryAfterMs: 10 * 24 * 3_600_000 })).toBe(24 * 3_600_000);
  });
});

describe("dates and GUID hashes", () => {
  const fetchedAt = new Date("2026-11-25T12:00:00Z");
  it("parses RFC 822 and W3C dates, refuses nonsense", () => {
    expect(parseFeedDate("Mon, 02 Mar 2026 10:00:00 GMT")?.toISOString()).toBe("2026-03-02T10:00:00.000Z");
    expect(parseFeedDate("2026-03-02T10:00:00.123456+01:00")?.toISOString()).toBe("2026-03-02T09:00:00.123Z");
    expect(parseFeedDate("yesterday")).toBeNull();
    expect(parseFeedDate("1970-01-01T00:00:00Z")).toBeNull();
  });

  it("falls back to the feed date, then the fetch time, and never goes past the fetch time", () => {
    const feedDate = new Date("2026-01-01T00:00:00Z");
    expect(resolvePublishedAt(null, feedDate, fetchedAt)).toBe(feedDate);
    expect(resolvePublishedAt(null, null, fetchedAt)).toBe(fetchedAt);
    expect(resolvePublishedAt(new Date("2999-01-01T00:00:00Z"), null, fetchedAt)).toBe(fetchedAt);
  });

  it("hashes the GUID, else the canonical URL", () => {
    expect(hashFeedGuid(" g1 ", null, "")).toBe(hashFeedGuid("g1", "https://a.example/", "x"));
    expect(hashFeedGuid(null, "https://a.example/", "x")).not.toBe(hashFeedGuid(null, "https://b.example/", "x"));
    expect(hashFeedGuid(null, null, "t")).toMatch(/^[0-9a-f]{64}$/);
  });
});
