// Columns of the CSV exports: named like the JSON fields they mirror, so a
// row parses back to the same values the JSON endpoint returns.
import type { CsvColumn } from "../write-csv";
import type { ClaimDto } from "./schemas/claim-schemas";
import type { HistorySeriesDto } from "./schemas/leaderboard-schemas";

export const CLAIM_CSV_COLUMNS: readonly CsvColumn<ClaimDto>[] = [
  { name: "id", value: (c) => c.id },
  { name: "model", value: (c) => c.model },
  { name: "category", value: (c) => c.category },
  { name: "status", value: (c) => c.status },
  { name: "confidence", value: (c) => c.confidence },
  { name: "version", value: (c) => c.version },
  { name: "statement", value: (c) => c.statement },
  { name: "reviewBy", value: (c) => c.reviewBy },
  { name: "createdAt", value: (c) => c.createdAt },
  { name: "updatedAt", value: (c) => c.updatedAt },
  { name: "isDemo", value: (c) => c.isDemo },
  { name: "sourceCount", value: (c) => c.sources.length },
  // One URL per line inside the quoted field.
  { name: "sourceUrls", value: (c) => c.sources.map((s) => s.url).join("\n") },
];

export interface HistoryCsvRow {
  series: HistorySeriesDto;
  point: HistorySeriesDto["points"][number];
}

export const HISTORY_CSV_COLUMNS: readonly CsvColumn<HistoryCsvRow>[] = [
  { name: "model", value: (r) => r.series.model },
  { name: "capturedAt", value: (r) => r.point.capturedAt },
  { name: "rating", value: (r) => r.point.rating },
  { name: "ciLow", value: (r) => r.point.ciLow },
  { name: "ciHigh", value: (r) => r.point.ciHigh },
  { name: "votes", value: (r) => r.point.votes },
  { name: "rank", value: (r) => r.point.rank },
  { name: "method", value: (r) => r.point.method },
  { name: "anchor", value: (r) => r.point.anchor },
  { name: "displayLabel", value: (r) => r.point.displayLabel },
  { name: "isDemo", value: (r) => r.series.isDemo },
];
