import Link from "next/link";
import type { StandingRow } from "@/lib/models/list-leaderboard-standings";
import { intervalScale } from "@/lib/elo/chart-data-interval";
import { ClaimStatusCounts } from "./claim-status-counts";
import { formatCount, formatRating } from "./format";
import { IntervalBar } from "./interval-bar";
import ui from "./ui.module.css";
import styles from "./standings.module.css";

export function StandingsTable({ rows, caption, minVotes }: { rows: StandingRow[]; caption: string; minVotes: number }) {
  const scale = intervalScale(rows);
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
            <th scope="col">Claims</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.modelId} data-testid="standing-row" data-model={r.slug} data-rank={r.rank}>
              <td className={styles.rankCell}>
                <span className={styles.rank}>{r.rank}</span>
                {r.tied ? (
                  <span className={styles.tied} title="Statistically tied: intervals overlap with another model of this rank">
                    tied
                  </span>
                ) : null}
                {r.rankRange && r.rankRange.worst > r.rankRange.best ? (
                  <span className={styles.rankRange} title="Ranks the 95% intervals allow">
                    {r.rankRange.best}–{r.rankRange.worst}
                  </span>
                ) : null}
              </td>
              <td className={styles.modelCell}>
                <Link href={`/models/${r.slug}`} className={styles.modelName}>
                  {r.name}
                </Link>
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
              <td className={styles.countsCell}>
                <ClaimStatusCounts counts={r.claimCounts} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
