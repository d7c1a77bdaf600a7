import { describe, expect, it } from "vitest";
import { cachedRead, decodeCached, encodeCached } from "@/lib/cache/cached-read";
import { parseNotice, toNoticePayloads } from "@/lib/cache/invalidation-channel";
import { invalidateCache } from "@/lib/cache/invalidate-cache";

describe("cached values", () => {
  it("keep Dates (nested, in arrays) and everything JSON has", () => {
    const value = { at: new Date("2026-07-01T12:00:00Z"), list: [{ d: new Date(0) }, null, 1.5, "x"], flag: true, none: null };
    const back = decodeCached<typeof value>(encodeCached(value));
    expect(back).toEqual(value);
    expect(back.at).toBeInstanceOf(Date);
    expect(back.list[0]).toEqual({ d: new Date(0) });
    expect(decodeCached(encodeCached(null))).toBeNull();
  });

  it("outside a Next server, a cached read simply loads", async () => {
    let calls = 0;
    const load = async () => ({ n: ++calls });
    expect(await cachedRead(["k"], ["t"], load)).toEqual({ n: 1 });
    expect(await cachedRead(["k"], ["t"], load)).toEqual({ n: 2 });
  });

  it("invalidating outside a Next server on the embedded database is a no-op", async () => {
    await expect(invalidateCache(["model:x", "model:x", "catalog"])).resolves.toBeUndefined();
  });
});

describe("invalidation notices", () => {
  it("batch tags under the NOTIFY payload limit and parse back", () => {
    const tags = Array.from({ length: 500 }, (_, i) => `model:some-rather-long-model-slug-${i}`);
    const payloads = toNoticePayloads("origin-1", tags, 2000);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(2000);
    const parsed = payloads.map((p) => parseNotice(p));
    expect(parsed.every((n) => n?.origin === "origin-1")).toBe(true);
    expect(parsed.flatMap((n) => n?.tags ?? [])).toEqual(tags);
  });

  it("ignore anything that is not a notice", () => {
    expect(parseNotice(undefined)).toBeNull();
    expect(parseNotice("not json")).toBeNull();
    expect(parseNotice(JSON.stringify({ origin: 1, tags: [] }))).toBeNull();
    expect(parseNotice(JSON.stringify({ origin: "o", tags: ["a", 2] }))).toEqual({ origin: "o", tags: ["a"] });
  });
});
