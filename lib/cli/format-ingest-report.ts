import type { IngestProgress } from "../news/ingest/run-ingest-once";
import type { IngestFeedResult } from "../news/ingest/ingest-feed";

/** "[#####.....] 5/10 feeds, 42 new items": the redrawn terminal status line. */
export function formatIngestBar({ done, total, newItems }: Omit<IngestProgress, "last">, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} feeds, ${newItems} new items`;
}

/** One plain line per finished feed, for logs and pipes. */
export function formatIngestLine({ done, total, newItems, last }: IngestProgress): string {
  return `${done}/${total} feeds, ${newItems} new items (${last.status}: ${last.url})`;
}

/** The summary table: feed, status, new items, items served again that were stored already (KNOWN), error; columns padded to their widest cell. */
export function formatIngestSummary(results: readonly IngestFeedResult[]): string[] {
  if (results.length === 0) return ["No feed was due."];
  const rows = [
    ["FEED", "STATUS", "NEW", "KNOWN", "ERROR"],
    ...results.map((r) => [r.url, r.status, String(r.newItems), String(r.alreadyStored), r.error ?? ""]),
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((row) => row[c]!.length)));
  const newItems = results.reduce((sum, r) => sum + r.newItems, 0);
  const known = results.reduce((sum, r) => sum + r.alreadyStored, 0);
  const failed = results.filter((r) => r.status === "error").length;
  return [
    ...rows.map((row) => row.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]!) : cell)).join("  ").trimEnd()),
    "",
    `${results.length} feeds, ${newItems} new items, ${known} already stored, ${failed} failed.`,
  ];
}
