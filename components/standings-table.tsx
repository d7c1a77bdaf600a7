"use client";

// A client component only so that the page carries its data, not its rendered
// tree, in the RSC payload (lighter cached pages): it has no state.
import Link from "next/link";
import type { StandingRow } from "@/lib/models/list-leaderboard-standings";
import { intervalScale } from "@/lib/elo/chart-data-interval";
import { groupTiedStandings, type TiedGroup } from "@/lib/leaderboards/group-tied-standings";
import { ClaimStatusCounts } from "./claim-status-counts";
import { formatCount, formatRating } from "./format";
import { IntervalBar } from "./interval-bar";
import ui from "./ui.module.css";
import styles from "./standings.module.css";
import { WatchButton } from "./watch/watch-button";

const COLUMNS = 6;

/**
 * Standings with rank-with-uncertainty, rating, 95% interval (numbers and a bar
 * on a scale shared by the table) and votes. With `groupTies`, models sharing
 * a rank sit in one shaded, labelled row group so a tie reads as a tie.
 * Provisional models (under the board's vote minimum) come last, unranked.
 */
export function StandingsTable({
  rows,
  caption,
  minVotes,
  groupTies = false,
  provisional = [],
}: {
  rows: StandingRow[];
  caption: string;
  minVotes: number;
  groupTies?: boolean;
  /** Listed last, unranked, on the same interval scale (their wide intervals are the point). */
  provisional?: StandingRow[];
}) {
  const scale = intervalScale([...rows, ...provisional]);
  const groups: TiedGroup<StandingRow>[] = groupTies ? groupTiedStandings(rows) : [{ rank: 0, rows, tied: false }];
  return (
    <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table} data-testid="standings-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.colRank}>
              <abbr title="Rank with uncertainty: 1 + models whose interval lies entirely above this one">Rank</abbr>
            </th>
            <th scope="col">Model</th>
            <th scope="col" className={styles.right}>
              Rating
            </th>
            <th scope="col" className={`${styles.colInterval} ${styles.wide}`}>
              95% interval
            </th>
            <th scope="col" className={`${styles.right} ${styles.wide}`}>
              Votes
            </th>
            <th scope="col" className={styles.claimsCol}>
              Claims
            </th>
          </tr>
        </thead>
        {groups.map((g, i) => (
          <tbody
            key={`${g.rank}-${i}`}
            className={g.tied ? styles.tiedGroup : undefined}
            data-testid={g.tied ? "tied-group" : undefined}
            data-rank={g.tied ? g.rank : undefined}
          >
            {g.tied ? (
              <tr className={styles.tiedHead}>
                <th scope="rowgroup" colSpan={COLUMNS}>
                  <span className={styles.tiedLabel}>Statistically tied</span> for rank {g.rank}: {g.rows.length} models
                  whose 95% intervals do not separate them
                </th>
              </tr>
            ) : null}
            {g.rows.map((r) => (
              <StandingRowView key={r.modelId} r={r} scale={scale} minVotes={minVotes} inTiedGroup={g.tied} />
            ))}
          </tbody>
        ))}
        {provisional.length > 0 ? (
          <tbody className={styles.provisionalGroup} data-testid="provisional-group">
            <tr className={styles.provisionalHead}>
              <th scope="rowgroup" colSpan={COLUMNS}>
                Provisional: fewer than {formatCount(minVotes)} votes, so not ranked yet
              </th>
            </tr>
            {provisional.map((r) => (
              <StandingRowView key={r.modelId} r={r} scale={scale} minVotes={minVotes} inTiedGroup={false} unranked />
            ))}
          </tbody>
        ) : null}
      </table>
    </div>
  );
}

function StandingRowView({
  r,
  scale,
  minVotes,
  inTiedGroup,
  unranked = false,
}: {
  r: StandingRow;
  scale: readonly [number, number];
  minVotes: number;
  inTiedGroup: boolean;
  unranked?: boolean;
}) {
  return (
    <tr
      data-testid={unranked ? "provisional-row" : "standing-row"}
      data-model={r.slug}
      data-rank={unranked ? undefined : r.rank}
      data-provisional={r.provisional ? "true" : undefined}
      data-ci-low={r.ciLow ?? undefined}
      data-ci-high={r.ciHigh ?? undefined}
      data-votes={r.votes ?? undefined}
    >
      <td className={styles.rankCell}>
        {unranked ? (
          <span className={styles.unranked} title="Not ranked until it has enough votes">
            —<span className="visually-hidden">not ranked</span>
          </span>
        ) : (
          <span className={styles.rank}>{r.rank}</span>
        )}
        {!unranked && r.tied && !inTiedGroup ? (
          <span className={styles.tied} title="Statistically tied: intervals overlap with another model of this rank">
            tied
          </span>
        ) : null}
        {!unranked && r.rankRange && r.rankRange.worst > r.rankRange.best ? (
          <span className={styles.rankRange} title="Ranks the 95% intervals allow">
            {r.rankRange.best}–{r.rankRange.worst}
          </span>
        ) : null}
      </td>
      <td className={styles.modelCell}>
        <span className={styles.modelNameRow}>
          <Link href={`/models/${r.slug}`} className={styles.modelName}>
            {r.name}
          </Link>
          <WatchButton slug={r.slug} name={r.name} compact />
        </span>
        <span className={styles.org}>
          {r.organization?.name ?? "Owner unconfirmed"}
          {r.displayLabel ? <> · listed as “{r.displayLabel}”</> : null}
        </span>
        {r.provisional ? (
          <span className={ui.chipWarn} title={`Fewer than ${formatCount(minVotes)} votes: rating not settled`}>
            Provisional
          </span>
        ) : null}
      </td>
      <td className={`${styles.right} ${styles.rating} num`}>
        {formatRating(r.rating)}
        <span className={styles.ratingSub}>
          {r.ciLow !== null && r.ciHigh !== null ? `${formatRating(r.ciLow)}–${formatRating(r.ciHigh)}` : null}
        </span>
        <span className={styles.ratingSub}>
          {r.votes === null ? null : `${formatCount(r.votes)} votes`}
        </span>
      </td>
      <td className={`${styles.intervalCell} ${styles.wide}`}>
        {r.ciLow !== null && r.ciHigh !== null ? (
          <>
            <span className={`${styles.intervalText} num`}>
              {formatRating(r.ciLow)}–{formatRating(r.ciHigh)}
            </span>
            <IntervalBar entry={r} scale={scale} />
          </>
        ) : (
          <span className="muted">not published</span>
        )}
      </td>
      <td className={`${styles.right} ${styles.wide} num`}>{r.votes === null ? "—" : formatCount(r.votes)}</td>
      <td className={`${styles.countsCell} ${styles.claimsCol}`}>
        <ClaimStatusCounts counts={r.claimCounts} />
      </td>
    </tr>
  );
}
