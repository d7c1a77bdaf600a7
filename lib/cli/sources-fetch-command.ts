import type { FetchSourceResult } from "../sources/fetch-source";
import { runSourcesOnce } from "../sources/run-sources-once";
import type { CliCommand } from "./cli-command";
import { CliUsageError } from "./cli-usage-error";
import { openCliDatabase } from "./open-cli-database";
import { parseCommandFlags } from "./parse-command-flags";

/** The summary table: source, status, new version or not, entries, unmatched, error; columns padded to their widest cell. */
export function formatSourcesSummary(results: readonly FetchSourceResult[]): string[] {
  if (results.length === 0) return ["No source was due."];
  const rows = [
    ["SOURCE", "STATUS", "NEW VERSION", "ENTRIES", "UNMATCHED", "ERROR"],
    ...results.map((r) => [r.url, r.status, r.status === "new-version" ? "yes" : "no", String(r.entries), String(r.unmatched), r.error ?? ""]),
  ];
  const widths = [0, 1, 2, 3, 4].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
  const fresh = results.filter((r) => r.status === "new-version").length;
  const failed = results.filter((r) => r.status === "error").length;
  return [
    ...rows.map((row) => row.map((cell, c) => (c < 5 ? cell.padEnd(widths[c]!) : cell)).join("  ").trimEnd()),
    "",
    `${results.length} sources, ${fresh} new versions, ${failed} failed.`,
  ];
}

export const sourcesFetchCommand: CliCommand = {
  words: ["sources", "fetch"],
  synopsis: "--once | --all",
  summary: "Fetch leaderboard sources once, with progress on stderr and a summary table at the end.",
  details: ["--once  fetch the sources that are due now, then exit", "--all   fetch every enabled source now, due or not, then exit"],
  async run(args, io) {
    const flags = parseCommandFlags(args, { once: { type: "boolean" }, all: { type: "boolean" } });
    if (!flags.once && !flags.all) throw new CliUsageError("Missing --once or --all.");
    const handle = await openCliDatabase(io);
    const results = await runSourcesOnce(handle.db, {
      all: flags.all ?? false,
      onProgress: (done, total, last) => io.err(`${done}/${total} sources (${last.status}: ${last.url})`),
    });
    for (const line of formatSourcesSummary(results)) io.out(line);
  },
};
