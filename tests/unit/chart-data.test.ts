import { describe, expect, it } from "vitest";
import {
  findMethodBreaks,
  ratingAxis,
  toChartSeries,
  toLifecycleMarkers,
  type ChartSnapshotInput,
} from "@/lib/elo/chart-data";

const snap = (date: string, rating: number, extra: Partial<ChartSnapshotInput> = {}): ChartSnapshotInput => ({
  capturedAt: new Date(`${date}T00:00:00Z`),
  rating,
  ciLow: rating - 10,
  ciHigh: rating + 12,
  votes: 1000,
  rank: 1,
  method: "PUBLISHED",
  anchor: "mean=1000",
  displayLabel: null,
  ...extra,
});

describe("toChartSeries", () => {
  it("sorts by time and exposes the interval as a [low, high] band", () => {
    const points = toChartSeries([snap("2026-10-08", 1210), snap("2026-10-01", 1200)]);
    expect(points.map((p) => p.date)).toEqual(["2026-10-01", "2026-10-08"]);
    expect(points[0]).toMatchObject({ rating: 1200, band: [1190, 1212], ciLow: 1190, ciHigh: 1212 });
    expect(points[0]?.t).toBe(Date.UTC(2026, 9, 1));
  });

  it("leaves the band empty when the source published no interval", () => {
    const [p] = toChartSeries([snap("2026-10-01", 1200, { ciLow: null, ciHigh: 1220 })]);
    expect(p?.band).toBeNull();
    expect(p?.ciLow).toBeNull();
  });

  it("orders a reversed interval", () => {
    const [p] = toChartSeries([snap("2026-10-01", 1200, { ciLow: 1230, ciHigh: 1180 })]);
    expect(p?.band).toEqual([1180, 1230]);
  });

  it("keeps one point per date, preferring the requested method", () => {
    const points = toChartSeries(
      [
        snap("2026-10-01", 1200, { method: "PUBLISHED" }),
        snap("2026-10-01", 1190, { method: "BRADLEY_TERRY" }),
        snap("2026-10-08", 1205, { method: "PUBLISHED" }),
      ],
      { preferMethod: "BRADLEY_TERRY" },
    );
    expect(points.map((p) => [p.date, p.method, p.rating])).toEqual([
      ["2026-10-01", "BRADLEY_TERRY", 1190],
      ["2026-10-08", "PUBLISHED", 1205],
    ]);
  });

  it("keeps the anonymous arena label only when it differs from the model name", () => {
    const points = toChartSeries(
      [
        snap("2026-10-01", 1200, { displayLabel: "happyhorse" }),
        snap("2026-10-08", 1200, { displayLabel: "HappyHorse 1.0" }),
        snap("2026-10-15", 1200, { displayLabel: "happyhorse-1.0" }),
      ],
      { modelName: "HappyHorse 1.0" },
    );
    expect(points.map((p) => p.label)).toEqual(["happyhorse", null, null]);
  });

  it("accepts ISO strings and drops unusable rows", () => {
    const points = toChartSeries([
      snap("2026-10-01", 1200, { capturedAt: "2026-10-01T00:00:00.000Z" }),
      snap("2026-10-02", Number.NaN),
      snap("2026-10-03", 1200, { capturedAt: "not a date" }),
    ]);
    expect(points).toHaveLength(1);
  });
});

describe("findMethodBreaks", () => {
  it("finds no break in a consistent series", () => {
    expect(findMethodBreaks(toChartSeries([snap("2026-10-01", 1), snap("2026-10-08", 2)]))).toEqual([]);
  });

  it("marks a re-anchoring at the first point on the new anchor", () => {
    const points = toChartSeries([
      snap("2026-10-01", 1200),
      snap("2026-10-08", 1210),
      snap("2026-10-15", 1250, { anchor: "model:seedance-2-0=1250" }),
      snap("2026-10-22", 1252, { anchor: "model:seedance-2-0=1250" }),
    ]);
    const breaks = findMethodBreaks(points);
    expect(breaks).toHaveLength(1);
    expect(breaks[0]).toMatchObject({
      date: "2026-10-15",
      kind: "anchor",
      label: "Re-anchored",
      from: { anchor: "mean=1000" },
      to: { anchor: "model:seedance-2-0=1250" },
    });
  });

  it("marks a method change, and both at once", () => {
    const points = toChartSeries([
      snap("2026-10-01", 1200),
      snap("2026-10-08", 1200, { method: "BRADLEY_TERRY" }),
      snap("2026-10-15", 1200, { method: "ONLINE_ELO", anchor: "other" }),
    ]);
    expect(findMethodBreaks(points).map((b) => b.kind)).toEqual(["method", "method+anchor"]);
  });

  it("does not treat a missing anchor as a change", () => {
    const points = toChartSeries([snap("2026-10-01", 1200), snap("2026-10-08", 1200, { anchor: null }), snap("2026-10-15", 1200)]);
    expect(findMethodBreaks(points)).toEqual([]);
    expect(points.map((p) => p.segment)).toEqual([0, 0, 0]);
  });

  it("still sees a re-anchoring hidden behind a missing anchor", () => {
    const points = toChartSeries([
      snap("2026-10-01", 1200),
      snap("2026-10-08", 1200, { anchor: null }),
      snap("2026-10-15", 1200, { anchor: "other" }),
    ]);
    expect(findMethodBreaks(points)).toMatchObject([{ date: "2026-10-15", from: { anchor: "mean=1000" }, to: { anchor: "other" } }]);
  });

  it("numbers the stretches between breaks so the chart does not draw across them", () => {
    const points = toChartSeries([
      snap("2026-10-01", 1200),
      snap("2026-10-08", 1200, { anchor: "b" }),
      snap("2026-10-15", 1200, { anchor: "b" }),
      snap("2026-10-22", 1200, { anchor: "b", method: "BRADLEY_TERRY" }),
    ]);
    expect(points.map((p) => p.segment)).toEqual([0, 1, 1, 2]);
    expect(findMethodBreaks(points)).toHaveLength(2);
  });
});

describe("ratingAxis", () => {
  it("contains every rating and interval with round ticks", () => {
    const points = toChartSeries([snap("2026-10-01", 1201), snap("2026-10-08", 1283)]);
    const { domain, ticks } = ratingAxis(points);
    expect(domain[0]).toBeLessThanOrEqual(1191);
    expect(domain[1]).toBeGreaterThanOrEqual(1295);
    expect(ticks[0]).toBe(domain[0]);
    expect(ticks[ticks.length - 1]).toBe(domain[1]);
    expect(ticks.length).toBeLessThanOrEqual(8);
    const step = (ticks[1] as number) - (ticks[0] as number);
    expect([5, 10, 20, 25, 50, 100]).toContain(step);
    expect(ticks.every((t) => t % step === 0)).toBe(true);
  });

  it("has a sensible default for an empty series", () => {
    expect(ratingAxis([]).domain).toEqual([900, 1100]);
  });
});

describe("toLifecycleMarkers", () => {
  it("keeps steps inside the plotted period, in order", () => {
    const points = toChartSeries([snap("2026-10-01", 1200), snap("2026-11-01", 1200)]);
    const markers = toLifecycleMarkers(
      [
        { occurredAt: new Date("2026-10-20T00:00:00Z"), label: "Announced" },
        { occurredAt: new Date("2026-09-01T00:00:00Z"), label: "Arena only" },
        { occurredAt: "2026-10-05T00:00:00Z", label: "Released" },
      ],
      points,
    );
    expect(markers.map((m) => [m.date, m.label])).toEqual([
      ["2026-10-05", "Released"],
      ["2026-10-20", "Announced"],
    ]);
  });

  it("returns nothing without points", () => {
    expect(toLifecycleMarkers([{ occurredAt: new Date(), label: "x" }], [])).toEqual([]);
  });
});
