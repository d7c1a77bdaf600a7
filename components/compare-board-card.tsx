import { audioLabel } from "@/lib/models/model-labels";
import Link from "next/link";
import { intervalScale } from "@/lib/elo/chart-data-interval";
import type { BoardComparison } from "@/lib/models/get-model-comparison";
import { ComparePairVerdict } from "./compare-pair-verdict";
import { formatCount, formatDate, formatRating, isoDay } from "./format";
import { IntervalBar } from "./interval-bar";
import ui from "./ui.module.css";
import styles from "./compare.module.css";

/** The compared models' latest ratings on one board, then every pair's verdict. */
export function CompareBoardCard({ comparison }: { comparison: BoardComparison }) {
  const { board, capturedAt, entries, pairs, absent, isDemo } = comparison;
  const scale = intervalScale(entries);
  return (
    <article className={styles.card} data-testid="compare-board" data-board={board.slug} aria-labelledby={`cmp-${board.slug}`}>
      <h3 id={`cmp-${board.slug}`}>
        <Link href={`/leaderboards/${board.slug}`}>{board.name}</Link>
      </h3>
      <p className={styles.cardMeta}>
        {[board.source, audioLabel(board, { with: "with audio", without: "silent" })].filter(Boolean).join(" · ")} · snapshot of{" "}
        <time dateTime={isoDay(capturedAt)}>{formatDate(capturedAt)}</time>
        {isDemo ? (
          <>
            {" "}
            <span className={ui.chipWarn}>Demo data</span>
          </>
        ) : null}
      </p>
      <div className={styles.scroller} role="region" aria-label={`${board.name}: ratings of the compared models`} tabIndex={0}>
        <table className={styles.ratings}>
          <caption className="visually-hidden">Ratings with 95% intervals on {board.name}</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" className={styles.right}>
                Rank
              </th>
              <th scope="col" className={styles.right}>
                Rating
              </th>
              <th scope="col" className={styles.wide}>
                95% interval
              </th>
              <th scope="col" className={styles.right}>
                Votes
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.slug} data-testid="compare-entry" data-model={e.slug}>
                <th scope="row">
                  <Link href={`/models/${e.slug}`}>{e.name}</Link>
                  {e.displayLabel ? <span className={styles.sub}>listed as “{e.displayLabel}”</span> : null}
                  {e.provisional ? <span className={ui.chipWarn}>Provisional</span> : null}
                </th>
                <td className={`${styles.right} num`}>{e.provisional ? "—" : e.rank}</td>
                <td className={`${styles.right} num`}>
                  <strong>{formatRating(e.rating)}</strong>
                  <span className={styles.sub}>
                    {e.ciLow !== null && e.ciHigh !== null ? `${formatRating(e.ciLow)}–${formatRating(e.ciHigh)}` : "no interval"}
                  </span>
                </td>
                <td className={styles.wide}>
                  <IntervalBar entry={e} scale={scale} />
                </td>
                <td className={`${styles.right} num`}>{e.votes === null ? "—" : formatCount(e.votes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={styles.pairs} aria-label={`Who is ahead on ${board.name}`}>
        {pairs.map((p) => (
          <ComparePairVerdict key={`${p.a.slug}:${p.b.slug}`} a={p.a} b={p.b} comparison={p.comparison} />
        ))}
      </ul>
      {absent.length ? (
        <p className={styles.notes}>Not on this board&apos;s latest snapshot: {absent.map((m) => m.name).join(", ")}.</p>
      ) : null}
    </article>
  );
}
