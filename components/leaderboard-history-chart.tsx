"use client";

import { useMemo, useState } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { ratingAxis, type ChartPoint, type MethodBreak } from "@/lib/elo/chart-data";
import type { HistoryRow, HistorySeries } from "@/lib/leaderboards/board-history-chart-data";
import { formatDate, formatRating, formatShortDate } from "./format";
import { SeriesSwatch, seriesDash, seriesShape } from "./series-marker";
import { ratingAxisProps, ratingChartFrame, timeAxisProps } from "./rating-chart-axes";
import chart from "./chart.module.css";
import styles from "./leaderboard-history.module.css";

export interface LeaderboardHistoryChartProps {
  boardName: string;
  series: HistorySeries[];
  rows: HistoryRow[];
  breaks: MethodBreak[];
  defaultVisible: string[];
  defaultBands: string[];
  /** The "as of" date on screen, marked on the time axis; null for the latest. */
  asOf: { t: number; date: string } | null;
}

const colorClass = (s: HistorySeries) => styles[`c${s.color}`] ?? "";

function isHistoryRow(v: unknown): v is HistoryRow {
  return typeof v === "object" && v !== null && "t" in v && "cells" in v;
}

function BoardTooltip({ active, payload, shown }: TooltipContentProps & { shown: HistorySeries[] }) {
  const row: unknown = payload?.[0]?.payload;
  if (!active || !isHistoryRow(row)) return null;
  const present = shown
    .map((s) => ({ s, cell: row.cells[s.key] }))
    .filter((x): x is { s: HistorySeries; cell: NonNullable<typeof x.cell> } => x.cell !== undefined)
    .sort((a, b) => b.cell.rating - a.cell.rating);
  return (
    <div className={chart.tooltip}>
      <p className={chart.ttDate}>{formatDate(row.t)}</p>
      <ul className={styles.ttList}>
        {present.map(({ s, cell }) => (
          <li key={s.key}>
            <SeriesSwatch color={s.color} className={`${styles.swatch} ${colorClass(s)}`} />
            <span className={styles.ttName}>{cell.label ?? s.name}</span>
            <span className="num">
              {formatRating(cell.rating)}
              {cell.low !== null && cell.high !== null ? (
                <span className={styles.ttRange}>
                  {" "}
                  ({formatRating(cell.low)}–{formatRating(cell.high)})
                </span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Every model's rating on one board over time: one line per model, shaded 95%
 * bands for the models picked, legend buttons to show or hide each (keyboard
 * operable, state announced with aria-pressed). The same data is in the table
 * that follows the chart, so the plot itself is one labelled image.
 */
export function LeaderboardHistoryChart({ boardName, series, rows, breaks, defaultVisible, defaultBands, asOf }: LeaderboardHistoryChartProps) {
  const [visible, setVisible] = useState(() => new Set(defaultVisible));
  const [bands, setBands] = useState(() => new Set(defaultBands));
  const shown = series.filter((s) => visible.has(s.key));
  const segments = Array.from({ length: (rows[rows.length - 1]?.segment ?? 0) + 1 }, (_, i) => i);

  // The axis fits the lines shown and the bands shaded, so hiding a model re-scales the plot.
  const axis = useMemo(() => {
    const pts: ChartPoint[] = [];
    for (const row of rows) {
      for (const s of series) {
        const c = row.cells[s.key];
        if (!c || !visible.has(s.key)) continue;
        const band = bands.has(s.key) && c.low !== null && c.high !== null;
        pts.push({
          t: row.t,
          date: row.date,
          rating: c.rating,
          band: null,
          ciLow: band ? c.low : null,
          ciHigh: band ? c.high : null,
          votes: null,
          rank: null,
          method: "",
          anchor: null,
          label: null,
          segment: row.segment,
        });
      }
    }
    return ratingAxis(pts);
  }, [rows, series, visible, bands]);

  const toggle = (set: Set<string>, key: string) => {
    const next = new Set(set);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    return next;
  };

  const last = rows[rows.length - 1];
  const summary = `Elo ratings over time on ${boardName} for ${shown.length} of ${series.length} models${
    last ? `, ${formatDate(rows[0]?.t ?? last.t)} to ${formatDate(last.t)}` : ""
  }. The data is in the table below.`;

  return (
    <figure className={chart.figure} data-testid="board-history-chart" data-series={series.length} data-rows={rows.length}>
      <div className={styles.controls} role="group" aria-label="Models in the chart">
        <ul className={styles.toggles}>
          {series.map((s) => {
            const on = visible.has(s.key);
            const band = bands.has(s.key);
            return (
              <li key={s.key} className={styles.toggleItem}>
                <button
                  type="button"
                  className={styles.toggle}
                  aria-pressed={on}
                  data-testid="series-toggle"
                  data-model={s.slug}
                  onClick={() => setVisible((v) => toggle(v, s.key))}
                >
                  <SeriesSwatch color={s.color} className={`${styles.swatch} ${colorClass(s)}`} />
                  {s.name}
                </button>
                <button
                  type="button"
                  className={styles.bandToggle}
                  aria-pressed={on && band}
                  disabled={!on}
                  aria-label={`95% interval band for ${s.name}`}
                  title="Shade the 95% interval"
                  data-testid="band-toggle"
                  onClick={() => setBands((b) => toggle(b, s.key))}
                >
                  ±
                </button>
              </li>
            );
          })}
        </ul>
        <div className={styles.bulk}>
          <button type="button" className={styles.link} onClick={() => setVisible(new Set(series.map((s) => s.key)))}>
            Show all
          </button>
          <button
            type="button"
            className={styles.link}
            onClick={() => {
              setVisible(new Set(defaultVisible));
              setBands(new Set(defaultBands));
            }}
          >
            Leaders only
          </button>
        </div>
      </div>
      <div className={styles.plot} role="img" aria-label={summary}>
        <ComposedChart {...ratingChartFrame} data={rows}>
          <CartesianGrid vertical={false} className={styles.gridLine} />
          <XAxis {...timeAxisProps(chart.axis)} />
          <YAxis {...ratingAxisProps(axis, chart.axis)} allowDataOverflow />
          <Tooltip content={(p: TooltipContentProps) => <BoardTooltip {...p} shown={shown} />} cursor={{ className: chart.cursor }} isAnimationActive={false} />
          {shown
            .filter((s) => bands.has(s.key))
            .flatMap((s) =>
              segments.map((seg) => (
                <Area
                  key={`band-${s.key}-${seg}`}
                  dataKey={(row: HistoryRow) => {
                    const c = row.cells[s.key];
                    return row.segment === seg && c && c.low !== null && c.high !== null ? [c.low, c.high] : null;
                  }}
                  name={`${s.name} 95% interval`}
                  type="monotone"
                  className={`${styles.band} ${colorClass(s)}`}
                  stroke="none"
                  fillOpacity={0.14}
                  activeDot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              )),
            )}
          {shown.flatMap((s) =>
            segments.map((seg) => (
              <Line
                key={`line-${s.key}-${seg}`}
                dataKey={(row: HistoryRow) => (row.segment === seg ? (row.cells[s.key]?.rating ?? null) : null)}
                name={s.name}
                type="monotone"
                className={`${styles.line} ${colorClass(s)}`}
                strokeWidth={2}
                strokeDasharray={seriesDash(s.color)}
                dot={rows.length <= 40 ? { symbol: seriesShape(s.color), r: 4.5, className: `${styles.dot} ${colorClass(s)}` } : false}
                activeDot={{ symbol: seriesShape(s.color), r: 5, className: `${styles.dot} ${colorClass(s)}` }}
                connectNulls={false}
                isAnimationActive={false}
              />
            )),
          )}
          {breaks.map((b) => (
            <ReferenceLine
              key={`break-${b.t}`}
              x={b.t}
              className={chart.breakLine}
              stroke="#a3242a"
              strokeDasharray="5 4"
              label={{ value: b.label, position: "insideTopLeft", className: chart.breakLabel, offset: 6, fill: "#a3242a" }}
            />
          ))}
          {asOf ? (
            <ReferenceLine
              x={asOf.t}
              className={styles.asOfLine}
              stroke="#6b7482"
              strokeDasharray="2 3"
              label={{ value: `As of ${formatShortDate(asOf.t)}`, position: "insideBottomRight", className: styles.asOfLabel, offset: 6 }}
            />
          ) : null}
        </ComposedChart>
      </div>
      <figcaption className={chart.legend}>
        <span className={chart.key}>
          <span className={chart.keyLine} aria-hidden="true" /> Rating (one line and marker shape per model)
        </span>
        <span className={chart.key}>
          <span className={chart.keyBand} aria-hidden="true" /> 95% interval (± buttons)
        </span>
        {breaks.length ? (
          <span className={`${chart.key} ${styles.keyWrap}`}>
            <span className={chart.keyBreak} aria-hidden="true" /> Method change or re-anchoring: ratings on either side are not
            comparable
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
