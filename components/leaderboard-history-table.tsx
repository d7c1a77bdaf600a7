"use client";

// A client component only so that the page carries its data, not its rendered
// tree, in the RSC payload (lighter cached pages): it has no state.
import type { HistoryRow, HistorySeries } from "@/lib/leaderboards/board-history-chart-data";
import { formatDate, formatRating, isoDay } from "./format";
import styles from "./leaderboard-history.module.css";

/**
 * The history chart's data as a table (dates down, models across, newest
 * first): the accessible and printable view of the same numbers.
 */
export function LeaderboardHistoryTable({ boardName, series, rows }: { boardName: string; series: HistorySeries[]; rows: HistoryRow[] }) {
  return (
    <details className={styles.dataTable} data-testid="board-history-table">
      <summary>
        Show the data as a table ({rows.length} snapshots × {series.length} models)
      </summary>
      <div className={styles.tableScroll} role="region" aria-label={`${boardName}: rating history table`} tabIndex={0}>
        <table>
          <caption className="visually-hidden">
            {boardName}: rating and 95% interval of every model at every snapshot, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...rows].reverse().map((row) => (
              <tr key={row.t}>
                <th scope="row">
                  <time dateTime={isoDay(row.t)}>{formatDate(row.t)}</time>
                </th>
                {series.map((s) => {
                  const c = row.cells[s.key];
                  return (
                    <td key={s.key} className="num">
                      {c ? (
                        <>
                          {formatRating(c.rating)}
                          {c.low !== null && c.high !== null ? (
                            <span className={styles.cellRange}>
                              {formatRating(c.low)}–{formatRating(c.high)}
                            </span>
                          ) : null}
                          {c.label ? <span className={styles.cellLabel}>as “{c.label}”</span> : null}
                        </>
                      ) : (
                        <span className="muted" aria-label="not rated">
                          —
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
