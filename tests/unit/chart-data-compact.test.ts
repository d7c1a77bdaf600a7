import { describe, expect, it } from "vitest";
import { toChartSeries, type ChartPoint } from "@/lib/elo/chart-data";
import { downsampleChartPoints, fromCompactChart, toCompactChart } from "@/lib/elo/chart-data-compact";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);

function series(n: number, opts: { breakAt?: number } = {}): ChartPoint[] {
  return toChartSeries(
    Array.from({ length: n }, (_, i) => ({
      capturedAt: new Date(T0 + i * DAY),
      rating: 1000 + i * 0.123456,
      ciLow: 990 + i * 0.1,
      ciHigh: 1010 + i * 0.1,
      votes: 100 + i,
      rank: i % 3 === 0 ? null : 2,
      method: opts.breakAt !== undefined && i >= opts.breakAt ? "RECOMPUTED" : "PUBLISHED",
      anchor: null,
      displayLabel: i < 5 ? "horse-7" : null,
    })),
    { modelName: "HappyHorse 1.0" },
  );
}

describe("toCompactChart / fromCompactChart", () => {
  it("round-trips what the chart draws, rounded to a tenth, labels by index", () => {
    const points = series(8);
    const compact = toCompactChart(points);
    expect(compact.total).toBe(8);
    expect(compact.labels).toEqual(["horse-7"]);
    expect(compact.points[0]).toEqual([T0, 1000, 990, 1010, 100, null, 0, 0]);
    expect(compact.points[7]).toEqual([T0 + 7 * DAY, 1000.9, 990.7, 1010.7, 107, 2, -1, 0]);
    const plot = fromCompactChart(compact);
    expect(plot[0]).toEqual({ t: T0, rating: 1000, band: [990, 1010], votes: 100, rank: null, label: "horse-7", segment: 0 });
    expect(plot[7]).toMatchObject({ label: null, rank: 2, band: [990.7, 1010.7] });
  });

  it("keeps a missing interval as no band", () => {
    const [p] = series(1);
    const plot = fromCompactChart(toCompactChart([{ ...(p as ChartPoint), ciLow: null, ciHigh: null, band: null }]));
    expect(plot[0]?.band).toBeNull();
  });

  it("is much smaller than the full points as JSON", () => {
    const points = series(120);
    expect(JSON.stringify(toCompactChart(points)).length).toBeLessThan(JSON.stringify(points).length / 3);
  });
});

describe("downsampleChartPoints", () => {
  it("leaves short series alone", () => {
    const points = series(30);
    expect(downsampleChartPoints(points, 40)).toEqual(points);
  });

  it("thins a long series to at most the limit, keeping the first and last snapshot, in time order", () => {
    const points = series(1000);
    const kept = downsampleChartPoints(points, 100);
    expect(kept.length).toBeLessThanOrEqual(100);
    expect(kept.length).toBeGreaterThan(80);
    expect(kept[0]).toBe(points[0]);
    expect(kept[kept.length - 1]).toBe(points[999]);
    expect(kept.map((p) => p.t)).toEqual([...kept.map((p) => p.t)].sort((a, b) => a - b));
    // Spread over the whole period: no gap much wider than an even share.
    const gaps = kept.slice(1).map((p, i) => p.t - (kept[i] as ChartPoint).t);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(3 * (999 / 100) * DAY);
  });

  it("keeps both sides of a method break, so no segment disappears", () => {
    const points = series(1000, { breakAt: 503 });
    const kept = downsampleChartPoints(points, 50);
    expect(kept).toContain(points[502]);
    expect(kept).toContain(points[503]);
    expect(new Set(kept.map((p) => p.segment))).toEqual(new Set([0, 1]));
    expect(toCompactChart(points, 50).total).toBe(1000);
  });
});
