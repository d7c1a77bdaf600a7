import { describe, expect, it } from "vitest";
import { checkTarget, formatTable, medianRound, type EndpointRun } from "@/bench/serve/format-report";
import type { LoadResult } from "@/bench/serve/run-wrk";

const load = (rps: number, p99Ms = 10, errors = 0): LoadResult => ({
  requests: rps * 5,
  seconds: 5,
  requestsPerSecond: rps,
  p50Ms: 5,
  p90Ms: 8,
  p99Ms,
  maxMs: p99Ms * 2,
  errors,
});

const plain = [load(20_000), load(24_000), load(22_000)];
const runs = (profile: LoadResult[]): EndpointRun[] => [
  { key: "static", label: "static page", path: "/about", rounds: [load(8000)], plainRounds: [load(40_000)], coldMs: 3, warmMs: 1, bytes: 19_000 },
  { key: "profile", label: "model profile", path: "/models/x", rounds: profile, plainRounds: plain, coldMs: 180.4, warmMs: 1.2, bytes: 91_136 },
  { key: "leaderboard", label: "leaderboard page", path: "/leaderboards/x", rounds: [load(6000)], plainRounds: plain },
  { key: "api", label: "API model", path: "/api/v1/models/x", rounds: [], plainRounds: [], skipped: "not measured: HTTP 404" },
  { key: "feed", label: "Atom feed", path: "/feeds/x", rounds: [load(7000)], plainRounds: plain },
];

describe("bench/serve report", () => {
  it("takes the median round by throughput", () => {
    expect(medianRound([load(3), load(1), load(2)])?.requestsPerSecond).toBe(2);
    expect(medianRound([load(3), load(1)])?.requestsPerSecond).toBe(1);
    expect(medianRound([])).toBeUndefined();
  });

  it("prints a Markdown row per endpoint with size, cold and warm latency and the ratio to plain Node, and says what was not measured", () => {
    const lines = formatTable(runs([load(6500), load(5000, 30), load(6000)])).split("\n");
    expect(lines[0]).toBe(
      "| endpoint | path | size | cold ms | warm ms | req/s | p50 ms | p99 ms | plain Node req/s | ratio to plain | req/s per round |",
    );
    expect(lines[3]).toBe("| model profile | `/models/x` | 89 KB | 180.4 | 1.2 | 6,000 | 5.0 | 10.0 | 22,000 | 27.3% | 6,500 / 5,000 / 6,000 |");
    expect(lines[5]).toContain("not measured: HTTP 404");
  });

  it("checks the target: profile, leaderboard and feed each at ≥ 25% of plain Node with p99 under 20 ms", () => {
    expect(checkTarget(runs([load(6000)])).pass).toBe(true);
    const slow = checkTarget(runs([load(500, 142)]));
    expect(slow.pass).toBe(false);
    expect(slow.lines.join("\n")).toMatch(/model profile: 2\.3% of plain Node .*FAIL; p99 142\.0 ms .*FAIL/);
    expect(checkTarget(runs([load(6000, 10, 3)])).pass).toBe(false);
    expect(checkTarget(runs([])).pass).toBe(false);
  });
});
