import Link from "next/link";
import type { LeaderboardSummary } from "@/lib/models/list-leaderboards";
import type { BoardPublication } from "@/lib/sources/get-board-publication";
import { audioLabel, MODALITY_LABELS } from "@/lib/models/model-labels";
import { DemoNotice } from "./demo-notice";
import { formatCount, formatDate } from "./format";
import { LeaderboardTabs } from "./leaderboard-tabs";
import { RelativeTime } from "./relative-time";
import { BoardWatchButton } from "./watch/board-watch-button";
import ui from "./ui.module.css";
import styles from "./leaderboards.module.css";

const METHOD_LABELS: Record<LeaderboardSummary["method"], string> = {
  PUBLISHED: "ratings as published by the source",
  BRADLEY_TERRY: "Bradley–Terry fit with bootstrap intervals",
  ONLINE_ELO: "online Elo",
};

/** A board page's heading: what the board measures, where it comes from, and the demo notice. */
export function LeaderboardBoardHeader({
  board,
  boards,
  isDemo,
  publication = null,
}: {
  board: LeaderboardSummary;
  boards: LeaderboardSummary[];
  isDemo: boolean;
  /** The newest version of the source that feeds the board, if one does. */
  publication?: BoardPublication | null;
}) {
  return (
    <header className={styles.pageHead} data-testid="leaderboard" data-board={board.slug}>
      <nav aria-label="Breadcrumb" className={styles.crumbs}>
        <ol>
          <li>
            <Link href="/leaderboards">Leaderboards</Link>
          </li>
          <li aria-current="page">{board.name}</li>
        </ol>
      </nav>
      <h1>{board.name}</h1>
      <p className={styles.meta}>
        {board.sourceUrl ? (
          <a href={board.sourceUrl} rel="noopener noreferrer" target="_blank">
            {board.source}
          </a>
        ) : (
          board.source
        )}
        <span aria-hidden="true"> · </span>
        {METHOD_LABELS[board.method]}
        <span aria-hidden="true"> · </span>
        ranked from {formatCount(board.minVotes)} votes
      </p>
      {publication ? (
        <p className={styles.meta} data-testid="board-publication">
          Numbers from {board.source}&rsquo;s published version of {formatDate(publication.versionDate)} (
          <a href={publication.url} rel="noopener noreferrer" target="_blank">
            source file
          </a>
          ),{" "}
          {publication.checkedAt ? (
            <>
              fetched <RelativeTime iso={publication.checkedAt.toISOString()} />
            </>
          ) : (
            "imported from its history"
          )}
        </p>
      ) : null}
      <p className={ui.counts}>
        <span className={ui.chip}>{MODALITY_LABELS[board.modality]}</span>
        {audioLabel(board) ? <span className={ui.chipAccent}>{audioLabel(board, { with: "♪ With audio", without: "Silent (no audio)" })}</span> : null}
        <span className={ui.chip}>pool “{board.pool}”</span>
      </p>
      {board.description ? <p className={styles.description}>{board.description}</p> : null}
      {isDemo ? <DemoNotice /> : null}
      <div className={styles.watchRow}>
        <BoardWatchButton slug={board.slug} name={board.name} />
      </div>
      <LeaderboardTabs boards={boards} current={board.slug} linkTo="board-page" />
    </header>
  );
}
