import { audioLabel } from "@/lib/models/model-labels";
import type { RatingHistory } from "@/lib/models/list-model-rating-history";
import { formatCount, formatDate, formatRating, isoDay } from "./format";
import ui from "./ui.module.css";
import styles from "./model.module.css";

/** Every snapshot of a model on one leaderboard, newest first: the table view of its Elo chart. */
export function RatingHistoryTable({ history }: { history: RatingHistory }) {
  const { board, points } = history;
  return (
    <section className={styles.card} id={`board-${board.slug}`} aria-labelledby={`table-${board.slug}`} data-testid="rating-table" data-board={board.slug}>
      <h2 id={`table-${board.slug}`} className={styles.cardTitle}>
        {board.name}
      </h2>
      <p className={styles.cardMeta}>
        {[board.source, audioLabel(board)].filter(Boolean).join(" · ")} · {formatCount(points.length)} snapshots
        {board.isDemo ? (
          <>
            {" "}
            <span className={ui.chipWarn}>Demo</span>
          </>
        ) : null}
      </p>
      <div className={`${styles.dataTable} ${styles.tableScroll}`} role="region" aria-label={`${board.name}: rating history`} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Rating</th>
              <th scope="col">95% interval</th>
              <th scope="col">Rank</th>
              <th scope="col">Votes</th>
              <th scope="col">Listed as</th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((p) => (
              <tr key={p.t}>
                <td>
                  <time dateTime={isoDay(p.t)}>{formatDate(p.t)}</time>
                </td>
                <td className="num">{formatRating(p.rating)}</td>
                <td className="num">{p.band ? `${formatRating(p.band[0])}–${formatRating(p.band[1])}` : "—"}</td>
                <td className="num">{p.rank ?? "—"}</td>
                <td className="num">{p.votes === null ? "—" : formatCount(p.votes)}</td>
                <td>{p.label ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
