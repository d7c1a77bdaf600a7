import { csvFile, type CsvResult } from "../api-result";
import { writeCsv } from "../write-csv";
import { HISTORY_CSV_COLUMNS } from "./csv-columns";
import { findLeaderboardOrThrow, loadHistorySeries, pageHistoryModels } from "./load-history-series";
import type { HistoryCsvQuery } from "./query-schemas";

/** The whole history (every model asked for, every snapshot), one row per model and snapshot. */
export async function exportHistoryCsv(slug: string, query: HistoryCsvQuery): Promise<CsvResult> {
  const board = await findLeaderboardOrThrow(slug);
  const { items } = await pageHistoryModels(board, { models: query.models });
  const series = await loadHistorySeries(board, items);
  const rows = series.flatMap((s) => s.points.map((point) => ({ series: s, point })));
  return csvFile(`modelwatch-${board.slug}-history`, writeCsv(HISTORY_CSV_COLUMNS, rows));
}
