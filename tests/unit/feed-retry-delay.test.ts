import { describe, expect, it } from "vitest";
import { errorDelayMs, MAX_BACKOFF_MS, successDelayMs } from "@/lib/news/ingest/feed-retry-delay";

describe("feed retry delays", () => {
  it("waits the interval after a success unless the feed asks for longer", () => {
    expect(successDelayMs(60, null)).toBe(3_600_000);
    expect(successDelayMs(60, 7_200_000)).toBe(7_200_000);
    expect(successDelayMs(60, 60_000)).toBe(3_600_000);
  });

  it("backs off exponentially, capped at a day, honouring Retry-After", () => {
    expect(errorDelayMs(10, 1)).toBe(20 * 60_000);
    expect(errorDelayMs(10, 3)).toBe(80 * 60_000);
    expect(errorDelayMs(60, 40)).toBe(MAX_BACKOFF_MS);
    expect(errorDelayMs(10, 1, 3_600_000)).toBe(3_600_000);
  });
});
