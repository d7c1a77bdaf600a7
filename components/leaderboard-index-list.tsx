import Link from "next/link";
import type { LeaderboardIndexEntry } from "@/lib/leaderboards/list-leaderboard-index";
import { audioLabel, MODALITY_LABELS } from "@/lib/models/model-labels";
import { formatCount, formatDate, formatRating, isoDay } from "./format";
import ui from "./ui.module.css";
import styles from "./leaderboards.module.css";

function LeaderLine({ entry }: { entry: LeaderboardIndexEntry }) {
  const [first, ...others] = entry.leaders;
  if (!first) {
    return (
      <p className={styles.leader}>
        <span className={styles.leaderLabel}>Leader</span>
        <span className="muted">{entry.latestAt ? "No model has enough votes to be ranked yet" : "No ratings captured yet"}</span>
      </p>
    );
  }
  const interval =
    first.ciLow !== null && first.ciHigh !== null ? ` (95%: ${formatRating(first.ciLow)}–${formatRating(first.ciHigh)})` : "";
  return (
    <p className={styles.leader} data-testid="board-leader">
      <span className={styles.leaderLabel}>{others.length ? `Statistically tied for first (${entry.leaders.length})` : "Leader"}</span>
      <Link href={`/models/${first.slug}`}>{first.name}</Link>{" "}
      <span className={`${styles.leaderNumbers} num`}>
        {formatRating(first.rating)}
        {interval}
      </span>
      {others.length ? (
        <>
          {" "}
          with{" "}
          {others.map((o, i) => (
            <span key={o.slug}>
              {i > 0 ? (i === others.length - 1 ? " and " : ", ") : null}
              <Link href={`/models/${o.slug}`}>{o.name}</Link>
            </span>
          ))}
          : their intervals overlap
        </>
      ) : null}
    </p>
  );
}

/** One card per leaderboard: what it measures, who leads (with the interval), how fresh it is. */
export function LeaderboardIndexList({ entries }: { entries: LeaderboardIndexEntry[] }) {
  return (
    <ul className={styles.boardList} data-testid="leaderboard-index">
      {entries.map((e) => (
        <li key={e.board.id}>
          <article className={styles.boardCard} data-testid="board-card" data-board={e.board.slug} aria-labelledby={`board-${e.board.slug}`}>
            <h2 id={`board-${e.board.slug}`}>
              <Link href={`/leaderboards/${e.board.slug}`}>{e.board.name}</Link>
            </h2>
            <p className={styles.meta}>
              {e.board.source} · pool “{e.board.pool}”
            </p>
            <div className={styles.chips}>
              <span className={ui.chip}>{MODALITY_LABELS[e.board.modality]}</span>
              {audioLabel(e.board) ? <span className={ui.chipAccent}>{audioLabel(e.board, { with: "♪ With audio", without: "Silent (no audio)" })}</span> : null}
              {e.isDemo ? <span className={ui.chipWarn}>Demo data</span> : null}
            </div>
            <LeaderLine entry={e} />
            <dl className={styles.facts}>
              <div>
                <dt>Models</dt>
                <dd className="num">
                  {formatCount(e.modelCount)}
                  {e.provisionalCount ? <span className="muted"> ({e.provisionalCount} provisional)</span> : null}
                </dd>
              </div>
              <div>
                <dt>Latest</dt>
                <dd>{e.latestAt ? <time dateTime={isoDay(e.latestAt)}>{formatDate(e.latestAt)}</time> : "—"}</dd>
              </div>
              <div>
                <dt>Ranked from</dt>
                <dd className="num">{formatCount(e.board.minVotes)} votes</dd>
              </div>
            </dl>
          </article>
        </li>
      ))}
    </ul>
  );
}
