// The Elo chart's points as the client receives them: one short array per
// snapshot instead of an object with a dozen named fields, numbers rounded to
// what the chart and tooltip show, and long histories thinned to what a
// chart a few hundred pixels wide can draw. The full series stays on the
// server (table page, API). Pure: no database or React imports.
import type { ChartPoint } from "./chart-data";

/** [t (ms), rating, ciLow, ciHigh, votes, rank, label index (-1: none), segment] */
export type CompactPoint = [number, number, number | null, number | null, number | null, number | null, number, number];

export interface CompactChart {
  points: CompactPoint[];
  /** Distinct "listed as" names, referenced by index. */
  labels: string[];
  /** Snapshots in the full series (the chart may draw fewer). */
  total: number;
}

/** What the client chart plots and its tooltip shows for one snapshot. */
export interface PlotPoint {
  t: number;
  rating: number;
  band: [number, number] | null;
  votes: number | null;
  rank: number | null;
  label: string | null;
  segment: number;
}

/** Plenty for a chart at most ~900 px wide: a point every few pixels. */
export const MAX_CHART_POINTS = 160;

const round1 = (v: number) => Math.round(v * 10) / 10;
const round1OrNull = (v: number | null) => (v === null ? null : round1(v));

/**
 * At most `max` points, spread evenly over time. Always kept: the first and
 * last snapshot, and both sides of every method break (so no segment is lost
 * and the line ends where the data ends). Of the rest, one per time bucket —
 * the last in it, a real snapshot rather than an average.
 */
export function downsampleChartPoints(points: readonly ChartPoint[], max = MAX_CHART_POINTS): ChartPoint[] {
  if (points.length <= max) return [...points];
  const keep = new Set<number>([0, points.length - 1]);
  for (let i = 1; i < points.length; i++) {
    if ((points[i] as ChartPoint).segment !== (points[i - 1] as ChartPoint).segment) keep.add(i - 1).add(i);
  }
  const first = (points[0] as ChartPoint).t;
  const span = (points[points.length - 1] as ChartPoint).t - first || 1;
  const buckets = Math.max(1, max - keep.size);
  const lastInBucket = new Map<number, number>();
  points.forEach((p, i) => lastInBucket.set(Math.min(buckets - 1, Math.floor(((p.t - first) / span) * buckets)), i));
  for (const i of lastInBucket.values()) keep.add(i);
  return [...keep].sort((a, b) => a - b).map((i) => points[i] as ChartPoint);
}

export function toCompactChart(points: readonly ChartPoint[], max = MAX_CHART_POINTS): CompactChart {
  const labels: string[] = [];
  const labelIndex = (label: string | null) => {
    if (label === null) return -1;
    const i = labels.indexOf(label);
    return i >= 0 ? i : labels.push(label) - 1;
  };
  return {
    points: downsampleChartPoints(points, max).map((p) => [
      p.t,
      round1(p.rating),
      round1OrNull(p.ciLow),
      round1OrNull(p.ciHigh),
      p.votes,
      p.rank,
      labelIndex(p.label),
      p.segment,
    ]),
    labels,
    total: points.length,
  };
}

export function fromCompactChart(chart: CompactChart): PlotPoint[] {
  return chart.points.map(([t, rating, low, high, votes, rank, label, segment]) => ({
    t,
    rating,
    band: low !== null && high !== null ? [low, high] : null,
    votes,
    rank,
    label: label >= 0 ? (chart.labels[label] ?? null) : null,
    segment,
  }));
}
