// Pure shaping of Elo snapshots into what the history chart draws. No database
// or React imports: the client chart receives the output as plain props.

/** One stored snapshot, reduced to what the chart needs (dates as ISO strings or Dates). */
export interface ChartSnapshotInput {
  capturedAt: Date | string;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  rank: number | null;
  method: string;
  anchor: string | null;
  displayLabel: string | null;
}

export interface ChartPoint {
  /** Milliseconds since the epoch: a numeric time axis keeps uneven gaps honest. */
  t: number;
  /** ISO date (YYYY-MM-DD), for labels and tests. */
  date: string;
  rating: number;
  /** [ciLow, ciHigh] for the range Area, or null when the source gave no interval. */
  band: [number, number] | null;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  rank: number | null;
  method: string;
  anchor: string | null;
  /** The anonymous arena name, only when it differs from the model's name. */
  label: string | null;
  /** Index of the stretch between method breaks: the chart draws no line across a break. */
  segment: number;
}

export interface ChartSeriesOptions {
  /** Model name: a display label equal to it (ignoring case and spacing) is not repeated. */
  modelName?: string;
  /** When one date carries snapshots from several methods, keep this one. */
  preferMethod?: string;
}

export type MethodBreakKind = "method" | "anchor" | "method+anchor";

export interface MethodBreak {
  t: number;
  date: string;
  kind: MethodBreakKind;
  from: { method: string; anchor: string | null };
  to: { method: string; anchor: string | null };
  /** Short text for the chart marker and its legend. */
  label: string;
}

const normalize = (s: string) => s.toLowerCase().replace(/[\s._-]+/g, "");

function toTime(d: Date | string): number {
  return (d instanceof Date ? d : new Date(d)).getTime();
}

export function isoDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Sorts snapshots by time and keeps one per instant. A leaderboard can hold a
 * published and a recomputed series for the same date; plotting both as one
 * line would zig-zag between methods, so the preferred method wins.
 */
export function toChartSeries(snapshots: readonly ChartSnapshotInput[], opts: ChartSeriesOptions = {}): ChartPoint[] {
  const byTime = new Map<number, ChartSnapshotInput>();
  for (const s of snapshots) {
    const t = toTime(s.capturedAt);
    if (Number.isNaN(t) || !Number.isFinite(s.rating)) continue;
    const seen = byTime.get(t);
    if (!seen || (opts.preferMethod && s.method === opts.preferMethod && seen.method !== opts.preferMethod)) {
      byTime.set(t, s);
    }
  }
  const name = opts.modelName ? normalize(opts.modelName) : null;
  let segment = 0;
  let prevMethod: string | null = null;
  let lastAnchor: string | null = null;
  return [...byTime.entries()]
    .sort(([a], [b]) => a - b)
    .map(([t, s]) => {
      if (prevMethod !== null && breakKind(prevMethod, lastAnchor, s)) segment++;
      prevMethod = s.method;
      lastAnchor = s.anchor ?? lastAnchor;
      const hasBand = s.ciLow !== null && s.ciHigh !== null && Number.isFinite(s.ciLow) && Number.isFinite(s.ciHigh);
      const low = hasBand ? Math.min(s.ciLow as number, s.ciHigh as number) : null;
      const high = hasBand ? Math.max(s.ciLow as number, s.ciHigh as number) : null;
      const label = s.displayLabel && (!name || normalize(s.displayLabel) !== name) ? s.displayLabel : null;
      return {
        t,
        date: isoDate(t),
        rating: s.rating,
        band: low !== null && high !== null ? [low, high] : null,
        ciLow: low,
        ciHigh: high,
        votes: s.votes,
        rank: s.rank,
        method: s.method,
        anchor: s.anchor,
        label,
        segment,
      };
    });
}

/**
 * Compares a point with the previous method and the last anchor seen. A
 * missing anchor is "unknown", not a change (sources often omit it), so the
 * comparison skips over gaps instead of hiding a re-anchoring behind one.
 */
function breakKind(
  prevMethod: string,
  lastAnchor: string | null,
  cur: { method: string; anchor: string | null },
): MethodBreakKind | null {
  const methodChanged = prevMethod !== cur.method;
  const anchorChanged = lastAnchor !== null && cur.anchor !== null && lastAnchor !== cur.anchor;
  if (methodChanged && anchorChanged) return "method+anchor";
  if (methodChanged) return "method";
  return anchorChanged ? "anchor" : null;
}

/**
 * Points where the source changed its rating method or re-anchored the scale.
 * Ratings on either side of a break are not directly comparable, so the chart
 * marks them instead of letting a jump read as a real move.
 */
export function findMethodBreaks(points: readonly ChartPoint[]): MethodBreak[] {
  const breaks: MethodBreak[] = [];
  let lastAnchor: string | null = points[0]?.anchor ?? null;
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1] as ChartPoint;
    const cur = points[i] as ChartPoint;
    const kind = breakKind(prev.method, lastAnchor, cur);
    if (kind) {
      const label =
        kind === "anchor" ? "Re-anchored" : kind === "method" ? "Method changed" : "Method changed, re-anchored";
      breaks.push({
        t: cur.t,
        date: cur.date,
        kind,
        from: { method: prev.method, anchor: lastAnchor },
        to: { method: cur.method, anchor: cur.anchor },
        label,
      });
    }
    lastAnchor = cur.anchor ?? lastAnchor;
  }
  return breaks;
}

export interface RatingAxis {
  domain: [number, number];
  ticks: number[];
}

const STEPS = [5, 10, 20, 25, 50, 100, 200, 250, 500];

/**
 * Y-axis bounds and ticks that contain every rating and interval, padded so
 * the band never touches the plot edge, with ticks on round Elo values.
 */
export function ratingAxis(points: readonly ChartPoint[], maxTicks = 8): RatingAxis {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    lo = Math.min(lo, p.rating, p.ciLow ?? p.rating);
    hi = Math.max(hi, p.rating, p.ciHigh ?? p.rating);
  }
  if (!Number.isFinite(lo)) return { domain: [900, 1100], ticks: [900, 950, 1000, 1050, 1100] };
  const pad = Math.max(5, (hi - lo) * 0.05);
  lo -= pad;
  hi += pad;
  const step = STEPS.find((s) => Math.ceil(hi / s) - Math.floor(lo / s) + 1 <= maxTicks) ?? 1000;
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = min; v <= max; v += step) ticks.push(v);
  return { domain: [min, max], ticks };
}

export interface ChartMarker {
  t: number;
  date: string;
  label: string;
}

/**
 * Lifecycle steps (arena-only → announced → API …) that fall inside the
 * plotted period, as chart annotations. Steps outside it are dropped rather
 * than stretching the time axis.
 */
export function toLifecycleMarkers(
  events: readonly { occurredAt: Date | string; label: string }[],
  points: readonly ChartPoint[],
): ChartMarker[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  return events
    .map((e) => ({ t: toTime(e.occurredAt), label: e.label }))
    .filter((e) => e.t >= first.t && e.t <= last.t)
    .sort((a, b) => a.t - b.t)
    .map((e) => ({ ...e, date: isoDate(e.t) }));
}
