import { describe, expect, it } from "vitest";
import { checkTarget, formatTable, medianRound, type EndpointRun } from "@/bench/serve/format-report";
import type { LoadResult } from "@/bench/serve/run-wrk";

const load = (rps: number, p99Ms = 20, errors = 0): LoadResult => ({
  requests: rps * 5,
  seconds: 5,
  requestsPerSecond: rps,
  p50Ms: 5,
  p90Ms: 10,
  p99Ms,
  maxMs: p99Ms * 2,
  errors,
});

const runs = (profile: LoadResult[]): EndpointRun[] => [
  { key: "static", label: "static page", path: "/about", rounds: [load(2000), load(2600), load(2400)] },
  { key: "profile", label: "model profile", path: "/models/x", rounds: profile },
  { key: "api", label: "API model", path: "/api/v1/models/x", rounds: [], skipped: "missing (404: the API is not merged yet)" },
];

describe("bench/serve report", () => {
  it("takes the median round by throughput", () => {
    expect(medianRound([load(3), load(1), load(2)])?.requestsPerSecond).toBe(2);
    expect(medianRound([load(3), load(1)])?.requestsPerSecond).toBe(1);
    expect(medianRound([])).toBeUndefined();
  });

  it("prints a Markdown row per endpoint with the ratio to the static page, and says what was not measured", () => {
    const table = formatTable(runs([load(1300), load(1200, 90), load(1250)]));
    const lines = table.split("\n");
    expect(lines[0]).toBe("| endpoint | path | req/s | p50 ms | p99 ms | ratio to static | req/s per round |");
    expect(lines[2]).toBe("| static page | `/about` | 2,400 | 5.0 | 20.0 | 100% | 2,000 / 2,600 / 2,400 |");
    expect(lines[3]).toBe("| model profile | `/models/x` | 1,250 | 5.0 | 20.0 | 52% | 1,300 / 1,200 / 1,250 |");
    expect(lines[4]).toContain("missing (404: the API is not merged yet)");
  });

  it("checks the target: ≥ 50% of static throughput and p99 under 150 ms", () => {
    expect(checkTarget(runs([load(1250)])).pass).toBe(true);
    const slow = checkTarget(runs([load(8, 4478)]));
    expect(slow.pass).toBe(false);
    expect(slow.lines.join("\n")).toMatch(/0% of the static page .*FAIL[\s\S]*4,478\.0 ms .*FAIL/);
    expect(checkTarget(runs([load(1250, 20, 3)])).pass).toBe(false);
    expect(checkTarget(runs([])).pass).toBe(false);
  });
});
