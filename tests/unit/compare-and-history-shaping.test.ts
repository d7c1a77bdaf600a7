import { describe, expect, it } from "vitest";
import { toBoardHistoryChart, type BoardSnapshotInput } from "@/lib/leaderboards/board-history-chart-data";
import { MAX_COMPARED_MODELS, parseModelSlugs } from "@/lib/models/parse-model-slugs";

describe("parseModelSlugs", () => {
  it("reads comma lists and repeated fields, lower-cased and de-duplicated", () => {
    expect(parseModelSlugs("happyhorse-1-0, Seedance-2-0,happyhorse-1-0")).toEqual({
      slugs: ["happyhorse-1-0", "seedance-2-0"],
      malformed: [],
      dropped: [],
    });
    expect(parseModelSlugs(["a-1", "", "b-2,c-3"]).slugs).toEqual(["a-1", "b-2", "c-3"]);
    expect(parseModelSlugs(undefined)).toEqual({ slugs: [], malformed: [], dropped: [] });
  });

  it("keeps malformed entries as typed, to name them back", () => {
    expect(parseModelSlugs("ok-1,Bad Slug,<script>").malformed).toEqual(["Bad Slug", "<script>"]);
  });

  it("caps the number of models", () => {
    const many = Array.from({ length: MAX_COMPARED_MODELS + 2 }, (_, i) => `m-${i}`);
    const p = parseModelSlugs(many.join(","));
    expect(p.slugs).toHaveLength(MAX_COMPARED_MODELS);
    expect(p.dropped).toEqual(many.slice(MAX_COMPARED_MODELS));
  });
});

const snap = (slug: string, date: string, rating: number, extra: Partial<BoardSnapshotInput> = {}): BoardSnapshotInput => ({
  model: { slug, name: slug.toUpperCase() },
  capturedAt: new Date(`${date}T00:00:00Z`),
  rating,
  ciLow: rating - 10,
  ciHigh: rating + 10,
  votes: 1000,
  rank: null,
  method: "PUBLISHED",
  anchor: "mean=1000",
  displayLabel: null,
  ...extra,
});

describe("toBoardHistoryChart", () => {
  it("puts every model's rating in one row per date, legend ordered by the latest rating", () => {
    const chart = toBoardHistoryChart([
      snap("a", "2026-05-06", 1200),
      snap("b", "2026-05-06", 1250),
      snap("a", "2026-05-13", 1260, { displayLabel: "anon-7" }),
      snap("b", "2026-05-13", 1240),
      snap("c", "2026-05-06", 1300), // left the board: listed last
    ]);
    expect(chart.series.map((s) => [s.key, s.slug])).toEqual([
      ["m0", "a"],
      ["m1", "b"],
      ["m2", "c"],
    ]);
    expect(chart.rows.map((r) => r.date)).toEqual(["2026-05-06", "2026-05-13"]);
    expect(chart.rows[1]?.cells).toEqual({
      m0: { rating: 1260, low: 1250, high: 1270, votes: 1000, label: "anon-7" },
      m1: { rating: 1240, low: 1230, high: 1250, votes: 1000, label: null },
    });
    expect(chart.series[0]?.latest).toMatchObject({ rating: 1260, label: "anon-7" });
    expect(chart.breaks).toEqual([]);
  });

  it("marks the board's re-anchoring as a break and a new segment for every model", () => {
    const chart = toBoardHistoryChart([
      snap("a", "2026-05-06", 1200),
      snap("a", "2026-05-13", 1230, { anchor: "mean=1000 (re-anchored)" }),
      snap("b", "2026-05-13", 1220, { anchor: "mean=1000 (re-anchored)" }),
    ]);
    expect(chart.breaks.map((b) => [b.date, b.kind])).toEqual([["2026-05-13", "anchor"]]);
    expect(chart.rows.map((r) => r.segment)).toEqual([0, 1]);
  });

  it("prefers the board's method when a date holds two", () => {
    const chart = toBoardHistoryChart(
      [snap("a", "2026-05-06", 1200), snap("a", "2026-05-06", 1180, { method: "BRADLEY_TERRY" })],
      { preferMethod: "BRADLEY_TERRY" },
    );
    expect(chart.rows[0]?.cells.m0?.rating).toBe(1180);
  });

  it("shows the leaders by default and is empty without snapshots", () => {
    const snaps = Array.from({ length: 8 }, (_, i) => snap(`m${i}x`, "2026-05-06", 1100 + i));
    const chart = toBoardHistoryChart(snaps, { visible: 3, bands: 1 });
    expect(chart.defaultVisible).toEqual(["m0", "m1", "m2"]);
    expect(chart.series[0]?.slug).toBe("m7x");
    expect(chart.defaultBands).toEqual(["m0"]);
    expect(toBoardHistoryChart([])).toEqual({ series: [], rows: [], breaks: [], defaultVisible: [], defaultBands: [] });
  });
});
