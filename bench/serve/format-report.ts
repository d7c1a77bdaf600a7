import type { LoadResult } from "./run-wrk";

export interface EndpointRun {
  key: "static" | "profile" | "leaderboard" | "api" | "feed";
  label: string;
  path: string;
  /** Set when the endpoint was not measured (e.g. "missing: 404, API not merged yet"). */
  skipped?: string;
  /** One result per interleaved round; the table shows the median round (by req/s). */
  rounds: LoadResult[];
}

/** The median round by throughput: one noisy round on a shared machine does not decide the figure. */
export function medianRound(rounds: readonly LoadResult[]): LoadResult | undefined {
  const sorted = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Issue 3, item 8: the profile at ≥ 50% of the static page's throughput, p99 under 150 ms, at 16 connections. */
export const TARGET = { throughputRatio: 0.5, p99Ms: 150 } as const;

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** The Markdown table the README carries. */
export function formatTable(runs: readonly EndpointRun[]): string {
  const base = medianRound(runs.find((r) => r.key === "static")?.rounds ?? []);
  const lines = [
    "| endpoint | path | req/s | p50 ms | p99 ms | ratio to static | req/s per round |",
    "|---|---|---:|---:|---:|---:|---|",
  ];
  for (const r of runs) {
    const x = medianRound(r.rounds);
    if (!x) {
      lines.push(`| ${r.label} | \`${r.path}\` | — | — | — | ${r.skipped ?? "not measured"} | |`);
      continue;
    }
    const ratio = base ? `${fmt((100 * x.requestsPerSecond) / base.requestsPerSecond)}%` : "—";
    const errors = r.rounds.reduce((n, y) => n + y.errors, 0);
    const errorNote = errors ? ` (${fmt(errors)} ${errors === 1 ? "error" : "errors"})` : "";
    const perRound = r.rounds.map((y) => fmt(y.requestsPerSecond)).join(" / ");
    lines.push(
      `| ${r.label} | \`${r.path}\` | ${fmt(x.requestsPerSecond)}${errorNote} | ${fmt(x.p50Ms, 1)} | ${fmt(x.p99Ms, 1)} | ${ratio} | ${perRound} |`,
    );
  }
  return lines.join("\n");
}

/** The target check, one line per criterion, and whether both hold. */
export function checkTarget(runs: readonly EndpointRun[]): { lines: string[]; pass: boolean } {
  const base = medianRound(runs.find((r) => r.key === "static")?.rounds ?? []);
  const profileRun = runs.find((r) => r.key === "profile");
  const profile = medianRound(profileRun?.rounds ?? []);
  if (!base || !profile) return { lines: ["Target check: not possible (static page or profile not measured)."], pass: false };
  const ratio = profile.requestsPerSecond / base.requestsPerSecond;
  const okRatio = ratio >= TARGET.throughputRatio && (profileRun?.rounds ?? []).every((x) => x.errors === 0);
  const okP99 = profile.p99Ms < TARGET.p99Ms;
  return {
    lines: [
      `- profile throughput: ${fmt(100 * ratio)}% of the static page (target ≥ ${fmt(100 * TARGET.throughputRatio)}%): ${okRatio ? "PASS" : "FAIL"}`,
      `- profile p99: ${fmt(profile.p99Ms, 1)} ms (target < ${TARGET.p99Ms} ms): ${okP99 ? "PASS" : "FAIL"}`,
    ],
    pass: okRatio && okP99,
  };
}
