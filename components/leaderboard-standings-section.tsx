import Link from "next/link";
import type { AsOfDate } from "@/lib/leaderboards/parse-as-of-date";
import type { LeaderboardSummary } from "@/lib/models/list-leaderboards";
import type { StandingRow } from "@/lib/models/list-leaderboard-standings";
import { EmptyState } from "./empty-state";
import { formatCount, formatDate, isoDay } from "./format";
import { LeaderboardAsOfPicker } from "./leaderboard-as-of-picker";
import { StandingsTable } from "./standings-table";
import styles from "./leaderboards.module.css";

export interface LeaderboardStandingsSectionProps {
  board: LeaderboardSummary;
  asOf: AsOfDate;
  /** The snapshot shown, or null when there is none (on or before the date asked for). */
  capturedAt: Date | null;
  ranked: StandingRow[];
  provisional: StandingRow[];
  /** Every snapshot date on the board, newest first (ISO days). */
  days: string[];
}

/** The standings of one board at one snapshot, with the "as of" controls and every empty or error state. */
export function LeaderboardStandingsSection({ board, asOf, capturedAt, ranked, provisional, days }: LeaderboardStandingsSectionProps) {
  const shownDay = capturedAt ? isoDay(capturedAt) : null;
  const isLatest = asOf.kind !== "date" || (shownDay !== null && shownDay === days[0]);
  const first = days[days.length - 1];
  const base = `/leaderboards/${board.slug}`;
  const tiedGroups = new Set(ranked.filter((r) => r.tied).map((r) => r.rank)).size;

  return (
    <section className={styles.section} aria-labelledby="standings-title" data-testid="standings-section" data-snapshot={shownDay ?? ""}>
      <div className={styles.sectionHead}>
        <h2 id="standings-title">
          Standings
          <span className={styles.sectionNote}>
            {capturedAt ? (
              <>
                {isLatest ? "Latest snapshot: " : "Snapshot of "}
                <time dateTime={shownDay ?? undefined} data-testid="snapshot-date">
                  {formatDate(capturedAt)}
                </time>
              </>
            ) : (
              "No snapshot to show"
            )}
          </span>
        </h2>
        <LeaderboardAsOfPicker boardSlug={board.slug} days={days} shownDay={shownDay} isLatest={isLatest} />
      </div>

      {asOf.kind === "invalid" ? (
        <p className={styles.errorNotice} role="alert" data-testid="as-of-error">
          <strong>“{asOf.input}” is not a date.</strong> Use the form YYYY-MM-DD, for example{" "}
          <Link href={`${base}?at=${first ?? "2026-05-20"}`}>{first ?? "2026-05-20"}</Link>. Showing the latest standings instead.
        </p>
      ) : null}

      {asOf.kind === "date" && capturedAt && !isLatest ? (
        <p className={styles.asOfNotice} data-testid="as-of-notice">
          <span>
            Standings as they were on <strong>{formatDate(capturedAt)}</strong>
            {shownDay !== asOf.day ? <> (the latest snapshot on or before {formatDate(asOf.day)})</> : null}.
          </span>
          <Link href={base}>See the latest standings</Link>
        </p>
      ) : null}

      {!capturedAt ? (
        asOf.kind === "date" && first ? (
          <EmptyState title={`No snapshot on or before ${formatDate(asOf.day)}`} icon="∅" headingLevel={3}>
            <p>
              The first snapshot on this board is from <Link href={`${base}?at=${first}`}>{formatDate(first)}</Link>. Or see
              the <Link href={base}>latest standings</Link>.
            </p>
          </EmptyState>
        ) : (
          <EmptyState title="No ratings captured yet" icon="∿" headingLevel={3}>
            <p>Ratings appear here once an editor imports them or recomputes them from battles.</p>
          </EmptyState>
        )
      ) : (
        <>
          {ranked.length === 0 ? (
            <p className="muted">No model had {formatCount(board.minVotes)} votes yet on this date, so none is ranked.</p>
          ) : null}
          <StandingsTable
            rows={ranked}
            provisional={provisional}
            minVotes={board.minVotes}
            groupTies
            caption={`${board.name}: models ranked with uncertainty, ${formatDate(capturedAt)}`}
          />
          <p className={styles.legend}>
            <strong>Rank</strong> = 1 + the number of models whose whole 95% interval lies above this one&apos;s, so
            models the votes cannot separate share a rank
            {tiedGroups > 0 ? ` (${tiedGroups} shaded group${tiedGroups === 1 ? "" : "s"} above)` : ""}; the small range
            under a rank shows the ranks the intervals allow. Models with fewer than {formatCount(board.minVotes)} votes are
            listed as provisional and not ranked.
          </p>
        </>
      )}
    </section>
  );
}
