import type { LoadResult } from "./run-wrk";

export interface EndpointRun {
  key: "static" | "profile" | "leaderboard" | "api" | "feed";
  label: string;
  path: string;
  /** Set when the endpoint was not measured (e.g. "not measured: HTTP 404"). */
  skipped?: string;
  /** One result per interleaved round; the table shows the median round (by req/s). */
  rounds: LoadResult[];
  /** The same bytes from a plain Node server, measured in the same rounds. */
  plainRounds: LoadResult[];
  /** Latency of the first request after start (it renders) and of the second (it may be cached). */
  coldMs?: number;
  warmMs?: number;
  bytes?: number;
}

/** The median round by throughput: one noisy round on a shared machine does not decide the figure. */
export function medianRound(rounds: readonly LoadResult[]): LoadResult | undefined {
  const sorted = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Issue 15: the profile, the leaderboard and the Atom feed each at ≥ 25% of a plain Node server sending the same bytes, p99 < 20 ms. */
export const TARGET = { plainRatio: 0.25, p99Ms: 20, endpoints: ["profile", "leaderboard", "feed"] } as const;

const fmt = (n: number, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const kb = (bytes: number | undefined) => (bytes === undefined ? "—" : `${fmt(bytes / 1024)} KB`);
const ms = (v: number | undefined) => (v === undefined ? "—" : fmt(v, 1));

/** The Markdown table the README carries. */
export function formatTable(runs: readonly EndpointRun[]): string {
  const lines = [
    "| endpoint | path | size | cold ms | warm ms | req/s | p50 ms | p99 ms | plain Node req/s | ratio to plain | req/s per round |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const r of runs) {
    const x = medianRound(r.rounds);
    if (!x) {
      lines.push(`| ${r.label} | \`${r.path}\` | ${kb(r.bytes)} | ${ms(r.coldMs)} | ${ms(r.warmMs)} | — | — | — | — | ${r.skipped ?? "not measured"} | |`);
      continue;
    }
    const plain = medianRound(r.plainRounds);
    const ratio = plain ? `${fmt((100 * x.requestsPerSecond) / plain.requestsPerSecond, 1)}%` : "—";
    const errors = r.rounds.reduce((n, y) => n + y.errors, 0);
    const errorNote = errors ? ` (${fmt(errors)} ${errors === 1 ? "error" : "errors"})` : "";
    const perRound = r.rounds.map((y) => fmt(y.requestsPerSecond)).join(" / ");
    lines.push(
      `| ${r.label} | \`${r.path}\` | ${kb(r.bytes)} | ${ms(r.coldMs)} | ${ms(r.warmMs)} | ${fmt(x.requestsPerSecond)}${errorNote} | ${fmt(x.p50Ms, 1)} | ${fmt(x.p99Ms, 1)} | ${plain ? fmt(plain.requestsPerSecond) : "—"} | ${ratio} | ${perRound} |`,
    );
  }
  return lines.join("\n");
}

/** The target check, one line per endpoint and criterion, and whether all hold. */
export function checkTarget(runs: readonly EndpointRun[]): { lines: string[]; pass: boolean } {
  const lines: string[] = [];
  let pass = true;
  for (const key of TARGET.endpoints) {
    const run = runs.find((r) => r.key === key);
    const x = medianRound(run?.rounds ?? []);
    const plain = medianRound(run?.plainRounds ?? []);
    if (!run || !x || !plain) {
      lines.push(`- ${key}: not measured: FAIL`);
      pass = false;
      continue;
    }
    const ratio = x.requestsPerSecond / plain.requestsPerSecond;
    const okRatio = ratio >= TARGET.plainRatio && run.rounds.every((y) => y.errors === 0);
    const okP99 = x.p99Ms < TARGET.p99Ms;
    lines.push(
      `- ${run.label}: ${fmt(100 * ratio, 1)}% of plain Node (target ≥ ${fmt(100 * TARGET.plainRatio)}%): ${okRatio ? "PASS" : "FAIL"}; ` +
        `p99 ${fmt(x.p99Ms, 1)} ms (target < ${TARGET.p99Ms} ms): ${okP99 ? "PASS" : "FAIL"}`,
    );
    pass = pass && okRatio && okP99;
  }
  return { lines, pass };
}
