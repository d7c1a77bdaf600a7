import { describe, expect, it } from "vitest";
import { formatIngestBar, formatIngestLine, formatIngestSummary } from "@/lib/cli/format-ingest-report";
import { parseIngestFlags } from "@/lib/cli/ingest-command";
import type { IngestFeedResult } from "@/lib/news/ingest/ingest-feed";

const ok: IngestFeedResult = { feedId: "a", url: "https://a.example/feed", status: "ok", newItems: 3, alreadyStored: 47, error: null };
const bad: IngestFeedResult = { feedId: "b", url: "https://b.example/rss", status: "error", newItems: 0, alreadyStored: 0, error: "http-status: HTTP 500" };

describe("mw ingest", () => {
  it("requires --once and bounds --concurrency", () => {
    expect(() => parseIngestFlags([])).toThrow(/Missing --once/);
    expect(parseIngestFlags(["--once"])).toEqual({ once: true, concurrency: 8 });
    expect(parseIngestFlags(["--once", "--concurrency", "2"]).concurrency).toBe(2);
    expect(() => parseIngestFlags(["--once", "--concurrency", "0"])).toThrow(/--concurrency/);
    expect(() => parseIngestFlags(["--once", "--loop"])).toThrow(/--loop/);
  });

  it("draws progress as a bar or as plain lines", () => {
    expect(formatIngestBar({ done: 1, total: 2, newItems: 3 }, 10)).toBe("[#####.....] 1/2 feeds, 3 new items");
    expect(formatIngestLine({ done: 2, total: 2, newItems: 3, last: bad })).toBe("2/2 feeds, 3 new items (error: https://b.example/rss)");
  });

  it("prints a summary table", () => {
    expect(formatIngestSummary([ok, bad])).toEqual([
      "FEED                    STATUS  NEW  KNOWN  ERROR",
      "https://a.example/feed  ok      3    47",
      "https://b.example/rss   error   0    0      http-status: HTTP 500",
      "",
      "2 feeds, 3 new items, 47 already stored, 1 failed.",
    ]);
    expect(formatIngestSummary([])).toEqual(["No feed was due."]);
  });
});
