import type { LeaderboardSummary } from "@/lib/models/list-leaderboards";
import type { StandingRow } from "@/lib/models/list-leaderboard-standings";
import { audioLabel, MODALITY_LABELS } from "@/lib/models/model-labels";
import Link from "next/link";
import { DemoNotice } from "./demo-notice";
import { EmptyState } from "./empty-state";
import { formatCount, formatDate, isoDay } from "./format";
import { LeaderboardTabs } from "./leaderboard-tabs";
import { StandingsTable } from "./standings-table";
import styles from "./home.module.css";

const METHOD_LABELS: Record<LeaderboardSummary["method"], string> = {
  PUBLISHED: "as published by the source",
  BRADLEY_TERRY: "Bradley–Terry fit with bootstrap intervals",
  ONLINE_ELO: "online Elo",
};

export function LeaderboardSection({
  boards,
  board,
  capturedAt,
  rows,
  isDemo,
}: {
  boards: LeaderboardSummary[];
  board: LeaderboardSummary;
  capturedAt: Date | null;
  rows: StandingRow[];
  isDemo: boolean;
}) {
  const provisional = rows.filter((r) => r.provisional).length;
  return (
    <div className={styles.board} data-testid="leaderboard" data-board={board.slug}>
      <LeaderboardTabs boards={boards} current={board.slug} />
      <div className={styles.boardHead}>
        <div>
          <h3 className={styles.boardTitle}>{board.name}</h3>
          <p className={styles.boardMeta}>
            {board.sourceUrl ? (
              <a href={board.sourceUrl} rel="noopener noreferrer" target="_blank">
                {board.source}
              </a>
            ) : (
              board.source
            )}
            <span aria-hidden="true"> · </span>
            {MODALITY_LABELS[board.modality]}
            <span aria-hidden="true"> · </span>
            {audioLabel(board) ? (
              <>
                {audioLabel(board)}
                <span aria-hidden="true"> · </span>
              </>
            ) : null}
            ratings {METHOD_LABELS[board.method]}
          </p>
        </div>
        {capturedAt ? (
          <p className={styles.snapshot}>
            Snapshot of{" "}
            <time dateTime={isoDay(capturedAt)} data-testid="snapshot-date">
              {formatDate(capturedAt)}
            </time>
          </p>
        ) : null}
      </div>
      {board.description ? <p className={styles.boardDesc}>{board.description}</p> : null}
      {isDemo ? <DemoNotice /> : null}
      {rows.length === 0 ? (
        <EmptyState title="No ratings captured yet" icon="∿" headingLevel={3}>
          <p>This leaderboard has no snapshots. Ratings appear here once an editor imports them or recomputes them from battles.</p>
        </EmptyState>
      ) : (
        <>
          <StandingsTable
            rows={rows}
            minVotes={board.minVotes}
            caption={`${board.name}: models ranked with uncertainty${capturedAt ? `, ${formatDate(capturedAt)}` : ""}`}
          />
          <p className={styles.legend}>
            <strong>Rank</strong> counts only models whose whole 95% interval is above; models with overlapping
            intervals share a rank (<span className={styles.legendTied}>tied</span>) and the small range shows the ranks
            the intervals allow.
            {provisional > 0
              ? ` ${provisional} model${provisional === 1 ? " has" : "s have"} fewer than ${formatCount(board.minVotes)} votes and ${provisional === 1 ? "is" : "are"} marked provisional.`
              : ""}{" "}
            <Link href={`/leaderboards/${board.slug}`} data-testid="board-page-link">
              Full standings, tied groups, history and past snapshots →
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
