"use client";

import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type LabelProps,
  type TooltipContentProps,
} from "recharts";
import { useMemo } from "react";
import type { ChartMarker, MethodBreak, RatingAxis } from "@/lib/elo/chart-data";
import type { VerificationMarker } from "@/lib/elo/chart-data-annotations";
import { fromCompactChart, type CompactChart, type PlotPoint } from "@/lib/elo/chart-data-compact";
import { formatCount, formatDate, formatRating } from "./format";
import { ratingAxisProps, ratingChartFrame, timeAxisProps } from "./rating-chart-axes";
import styles from "./chart.module.css";

export type ChartVerdict = Omit<VerificationMarker, "items">;

export interface EloHistoryChartProps {
  boardSlug: string;
  boardName: string;
  /** The snapshots to plot, compact (see chart-data-compact). */
  chart: CompactChart;
  breaks: MethodBreak[];
  markers: ChartMarker[];
  /** Claim verdicts (verified / refuted), drawn above the plot; the list of claims stays on the server. */
  verdicts?: ChartVerdict[];
  axis: RatingAxis;
}

/**
 * A verdict's label above the plot, in a long and a short form: a container
 * query on the figure shows the short one when the chart is too narrow for
 * words (see chart.module.css). Drawn here rather than by Recharts so the
 * colour comes from the stylesheet.
 */
function VerdictLabel({ viewBox, marker }: { viewBox: LabelProps["viewBox"]; marker: ChartVerdict }) {
  if (!viewBox || !("x" in viewBox) || typeof viewBox.x !== "number" || typeof viewBox.y !== "number") return null;
  const x = viewBox.x;
  const y = viewBox.y - 7;
  return (
    <g className={`${styles.verdictLabel} ${marker.verdict === "refuted" ? styles.verdictRefuted : ""}`}>
      <text x={x} y={y} textAnchor="middle" className={styles.labelWide}>
        {marker.label}
      </text>
      <text x={x} y={y} textAnchor="middle" className={styles.labelNarrow}>
        {marker.shortLabel}
      </text>
    </g>
  );
}

function isPlotPoint(v: unknown): v is PlotPoint {
  return typeof v === "object" && v !== null && "t" in v && "rating" in v && "band" in v;
}

function HistoryTooltip({ active, payload }: TooltipContentProps) {
  const p: unknown = payload?.[0]?.payload;
  if (!active || !isPlotPoint(p)) return null;
  return (
    <div className={styles.tooltip}>
      <p className={styles.ttDate}>{formatDate(p.t)}</p>
      <dl>
        <dt>Rating</dt>
        <dd className="num">{formatRating(p.rating)}</dd>
        {p.band ? (
          <>
            <dt>95% interval</dt>
            <dd className="num">
              {formatRating(p.band[0])}–{formatRating(p.band[1])}
            </dd>
          </>
        ) : null}
        {p.rank !== null ? (
          <>
            <dt>Rank</dt>
            <dd className="num">{p.rank}</dd>
          </>
        ) : null}
        {p.votes !== null ? (
          <>
            <dt>Votes</dt>
            <dd className="num">{formatCount(p.votes)}</dd>
          </>
        ) : null}
        {p.label ? (
          <>
            <dt>Listed as</dt>
            <dd>“{p.label}”</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

// Recharts copies a label's `fill` into an inline style, which no stylesheet
// can override: label colours are passed as CSS variables so they follow the
// light and dark palettes. Strokes are attributes, so the CSS classes win there.

/**
 * Elo history on one leaderboard: the 95% interval as a shaded range Area
 * (dataKey returns [low, high]), the rating as a line, dashed lines where the
 * source changed method or re-anchored, dotted lines for lifecycle steps
 * (labelled at the bottom) and claim verdicts (labelled above the plot).
 */
export function EloHistoryChart({ boardSlug, boardName, chart, breaks, markers, verdicts = [], axis }: EloHistoryChartProps) {
  const points = useMemo(() => fromCompactChart(chart), [chart]);
  const first = points[0];
  const last = points[points.length - 1];
  // One Area and one Line per stretch between method breaks, so nothing is drawn across a break.
  const segments = Array.from({ length: (last?.segment ?? 0) + 1 }, (_, i) => i);
  const summary =
    first && last
      ? `Elo rating history on ${boardName}: ${formatRating(first.rating)} on ${formatDate(first.t)}, ${formatRating(last.rating)} on ${formatDate(last.t)}${last.band ? ` (95% interval ${formatRating(last.band[0])}–${formatRating(last.band[1])})` : ""}.`
      : `No rating history on ${boardName}.`;
  return (
    <figure className={styles.figure} data-testid="elo-chart" data-board={boardSlug} data-points={points.length} data-snapshots={chart.total}>
      <div className={styles.plot} role="img" aria-label={summary}>
        {/* The wrapper is one labelled image; the same data is in the table below,
            so Recharts' own keyboard layer would only add an unlabelled tab stop. */}
        <ComposedChart {...ratingChartFrame} data={points}>
          <CartesianGrid vertical={false} className={styles.grid} />
          <XAxis {...timeAxisProps(styles.axis)} />
          <YAxis {...ratingAxisProps(axis, styles.axis)} />
          <Tooltip content={HistoryTooltip} cursor={{ className: styles.cursor }} isAnimationActive={false} />
          {segments.map((seg) => (
            <Area
              key={`band-${seg}`}
              dataKey={(p: PlotPoint) => (p.segment === seg ? p.band : null)}
              name="95% interval"
              type="monotone"
              className={styles.band}
              stroke="none"
              fill="#3b4fd8"
              fillOpacity={0.16}
              activeDot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          {segments.map((seg) => (
            <Line
              key={`line-${seg}`}
              dataKey={(p: PlotPoint) => (p.segment === seg ? p.rating : null)}
              name="Rating"
              type="monotone"
              className={styles.line}
              stroke="#3b4fd8"
              strokeWidth={2.25}
              dot={points.length <= 24 ? { r: 2.5, strokeWidth: 0, fill: "#3b4fd8" } : false}
              activeDot={{ r: 5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
          {breaks.map((b) => (
            <ReferenceLine
              key={`break-${b.t}`}
              x={b.t}
              className={styles.breakLine}
              stroke="#a3242a"
              strokeDasharray="5 4"
              label={{ value: b.label, position: "insideTopLeft", className: styles.breakLabel, offset: 6, fill: "var(--refuted)" }}
            />
          ))}
          {markers.map((m) => (
            <ReferenceLine
              key={`marker-${m.t}-${m.label}`}
              x={m.t}
              className={styles.markerLine}
              stroke="#6b7482"
              strokeDasharray="2 3"
              label={{ value: m.label, position: "insideBottomRight", className: styles.markerLabel, offset: 6, fill: "var(--text-muted)" }}
            />
          ))}
          {verdicts.map((v) => (
            <ReferenceLine
              key={`verdict-${v.t}`}
              x={v.t}
              className={`${styles.verdictLine} ${v.verdict === "refuted" ? styles.verdictRefuted : ""}`}
              stroke="#146c3a"
              strokeDasharray="1 3"
              strokeWidth={1.5}
              label={{ content: (p: LabelProps) => <VerdictLabel viewBox={p.viewBox} marker={v} /> }}
            />
          ))}
        </ComposedChart>
      </div>
      <figcaption className={styles.legend}>
        <span className={styles.key}>
          <span className={styles.keyLine} aria-hidden="true" /> Rating
        </span>
        <span className={styles.key}>
          <span className={styles.keyBand} aria-hidden="true" /> 95% interval
        </span>
        {breaks.length ? (
          <span className={styles.key}>
            <span className={styles.keyBreak} aria-hidden="true" /> Method change or re-anchoring
          </span>
        ) : null}
        {markers.length ? (
          <span className={styles.key}>
            <span className={styles.keyMarker} aria-hidden="true" /> Lifecycle step
          </span>
        ) : null}
        {verdicts.length ? (
          <span className={styles.key}>
            <span className={styles.keyVerdict} aria-hidden="true" /> Claim verified (✓) or refuted (✗)
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
