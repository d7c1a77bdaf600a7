// Pure shaping of every snapshot on one board into the multi-model history
// chart: one row per capture date with a cell per model, one series per model,
// and the board's method breaks. No database or React imports: the client
// chart receives the output as plain props.
import { findMethodBreaks, toChartSeries, type ChartSnapshotInput, type MethodBreak } from "@/lib/elo/chart-data";

export interface BoardSnapshotInput extends ChartSnapshotInput {
  model: { slug: string; name: string };
}

export interface HistoryCell {
  rating: number;
  low: number | null;
  high: number | null;
  votes: number | null;
  /** The arena's name for the entry at that date, when it differs from the model's name. */
  label: string | null;
}

export interface HistoryRow {
  /** Milliseconds since the epoch (numeric time axis). */
  t: number;
  date: string;
  /** Stretch between method breaks: no line is drawn across a break. */
  segment: number;
  /** Keyed by series key; a model absent on that date has no cell. */
  cells: Record<string, HistoryCell>;
}

export interface HistorySeries {
  /** Stable, CSS- and object-key-safe id ("m0", "m1", …), in legend order. */
  key: string;
  slug: string;
  name: string;
  /** Palette slot; series keep their colour when others are hidden. */
  color: number;
  latest: (HistoryCell & { t: number }) | null;
}

export interface BoardHistoryChart {
  series: HistorySeries[];
  rows: HistoryRow[];
  breaks: MethodBreak[];
  /** Series drawn before the reader changes anything: the leaders, not a dozen tangled lines. */
  defaultVisible: string[];
  /** Series whose 95% band is shaded by default. */
  defaultBands: string[];
}

export const SERIES_COLORS = 12;

export function toBoardHistoryChart(
  snapshots: readonly BoardSnapshotInput[],
  opts: { preferMethod?: string; visible?: number; bands?: number } = {},
): BoardHistoryChart {
  const byModel = new Map<string, { model: BoardSnapshotInput["model"]; rows: BoardSnapshotInput[] }>();
  for (const s of snapshots) {
    const entry = byModel.get(s.model.slug);
    if (entry) entry.rows.push(s);
    else byModel.set(s.model.slug, { model: s.model, rows: [s] });
  }

  // The board's own timeline (one entry per date, the preferred method winning)
  // decides where the scale broke; every model shares those breaks.
  const timeline = toChartSeries(
    snapshots.map((s) => ({ ...s, rating: 0, ciLow: null, ciHigh: null, displayLabel: null })),
    { preferMethod: opts.preferMethod },
  );
  const breaks = findMethodBreaks(timeline);

  const perModel = [...byModel.values()].map(({ model, rows }) => {
    const points = toChartSeries(rows, { modelName: model.name, preferMethod: opts.preferMethod });
    return { model, byT: new Map(points.map((p) => [p.t, p])), last: points[points.length - 1] ?? null };
  });
  const lastT = timeline[timeline.length - 1]?.t ?? null;
  // Legend order: standing at the last date first (by rating), then models that left the board.
  perModel.sort((a, b) => {
    const aNow = a.last !== null && a.last.t === lastT ? 0 : 1;
    const bNow = b.last !== null && b.last.t === lastT ? 0 : 1;
    return aNow - bNow || (b.last?.rating ?? -Infinity) - (a.last?.rating ?? -Infinity) || a.model.name.localeCompare(b.model.name);
  });

  const series: HistorySeries[] = perModel.map((m, i) => ({
    key: `m${i}`,
    slug: m.model.slug,
    name: m.model.name,
    color: i % SERIES_COLORS,
    latest: m.last
      ? { t: m.last.t, rating: m.last.rating, low: m.last.ciLow, high: m.last.ciHigh, votes: m.last.votes, label: m.last.label }
      : null,
  }));

  const rows: HistoryRow[] = timeline.map((tp) => {
    const cells: Record<string, HistoryCell> = {};
    perModel.forEach((m, i) => {
      const p = m.byT.get(tp.t);
      if (p) cells[`m${i}`] = { rating: p.rating, low: p.ciLow, high: p.ciHigh, votes: p.votes, label: p.label };
    });
    return { t: tp.t, date: tp.date, segment: tp.segment, cells };
  });

  return {
    series,
    rows,
    breaks,
    defaultVisible: series.slice(0, opts.visible ?? 5).map((s) => s.key),
    defaultBands: series.slice(0, opts.bands ?? 2).map((s) => s.key),
  };
}
