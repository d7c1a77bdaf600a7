"use client";

import { audioLabel } from "@/lib/models/model-labels";

// A client component only so that the page carries each card as compact data
// (lib/models/to-rating-card) rather than as a rendered tree twice over: it has no state.
import { claimAnchorId } from "@/lib/claims/claim-anchor";
import type { VerificationMarker } from "@/lib/elo/chart-data-annotations";
import type { RatingCardData } from "@/lib/models/to-rating-card";
import { EloHistoryChart } from "./elo-history-chart";
import { formatCount, formatDate, formatRating } from "./format";
import ui from "./ui.module.css";
import styles from "./model.module.css";

/** The verdicts drawn on the chart, as text with links to the claims: the chart itself is one image. */
function VerdictNotes({ verdicts }: { verdicts: VerificationMarker[] }) {
  const byDay = new Map<string, VerificationMarker["items"]>();
  for (const item of verdicts.flatMap((v) => v.items)) {
    const list = byDay.get(item.date);
    if (list) list.push(item);
    else byDay.set(item.date, [item]);
  }
  if (byDay.size === 0) return null;
  return (
    <ul className={styles.verdictNotes} aria-label="Claim verdicts on this chart" data-testid="chart-verdicts">
      {[...byDay.entries()].map(([day, items]) => (
        <li key={day}>
          <time dateTime={day}>{formatDate(`${day}T00:00:00Z`)}</time>:{" "}
          {items.map((item, i) => (
            <span key={item.claimId}>
              {i > 0 ? ", " : null}
              <a href={`#${claimAnchorId(item.claimId)}`}>
                <span aria-hidden="true">{item.verdict === "verified" ? "✓" : "✗"} </span>
                {item.label}
                <span className="visually-hidden"> {item.verdict}</span>
              </a>
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

/**
 * One leaderboard's latest standing for the model and its history chart. The
 * same data as a table is one link away (/models/{slug}/ratings), which keeps
 * the profile document light.
 */
export function RatingHistoryCard({ modelSlug, card }: { modelSlug: string; card: RatingCardData }) {
  const { board, latest, chart, axis, breaks, markers, verdicts } = card;
  const provisional = latest.votes !== null && latest.votes < board.minVotes;
  return (
    <article className={styles.card} id={`board-${board.slug}`} data-testid="rating-history" data-board={board.slug}>
      <header className={styles.cardHead}>
        <div>
          <h3 className={styles.cardTitle}>{board.name}</h3>
          <p className={styles.cardMeta}>
            {[board.source, audioLabel(board)].filter(Boolean).join(" · ")} · as of{" "}
            <time dateTime={latest.date}>{formatDate(latest.t)}</time>
            {board.isDemo ? (
              <>
                {" "}
                <span className={ui.chipWarn}>Demo</span>
              </>
            ) : null}
          </p>
        </div>
        <dl className={styles.stats}>
          <div>
            <dt>Rating</dt>
            <dd className="num" data-testid="latest-rating">
              {formatRating(latest.rating)}
            </dd>
          </div>
          <div>
            <dt>95% interval</dt>
            <dd className="num">
              {latest.band ? `${formatRating(latest.band[0])}–${formatRating(latest.band[1])}` : "—"}
            </dd>
          </div>
          <div>
            <dt>Rank</dt>
            <dd className="num">{latest.rank ?? "—"}</dd>
          </div>
          <div>
            <dt>Votes</dt>
            <dd className="num">
              {latest.votes === null ? "—" : formatCount(latest.votes)}
              {provisional ? (
                <span className={ui.chipWarn} title={`Fewer than ${formatCount(board.minVotes)} votes`}>
                  Provisional
                </span>
              ) : null}
            </dd>
          </div>
        </dl>
      </header>
      <EloHistoryChart
        boardSlug={board.slug}
        boardName={board.name}
        chart={chart}
        breaks={breaks}
        markers={markers}
        verdicts={verdicts.map(({ items: _items, ...v }) => v)}
        axis={axis}
      />
      <VerdictNotes verdicts={verdicts} />
      {breaks.length ? (
        <ul className={styles.breaks}>
          {breaks.map((b) => (
            <li key={b.t}>
              <time dateTime={b.date}>{formatDate(b.t)}</time>: {b.label.toLowerCase()} —{" "}
              {b.kind === "anchor"
                ? `anchor ${b.from.anchor ?? "?"} → ${b.to.anchor ?? "?"}`
                : `method ${b.from.method} → ${b.to.method}`}
              . Ratings before and after are not directly comparable.
            </li>
          ))}
        </ul>
      ) : null}
      <p className={styles.dataLink}>
        <a href={`/models/${modelSlug}/ratings#board-${board.slug}`} data-testid="rating-table-link">
          Every snapshot as a table ({formatCount(chart.total)})
        </a>
      </p>
    </article>
  );
}
