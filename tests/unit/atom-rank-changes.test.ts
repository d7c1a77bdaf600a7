import { describe, expect, it } from "vitest";
import { DEMO_BOARD_CURVES } from "@/lib/db/seed/demo-leaderboards";
import { generateRatingCurves } from "@/lib/db/seed/demo-ratings";
import { demoWeeks } from "@/lib/db/seed/demo-timeline";
import { findRankChanges, ranksOnDate, type RankSnapshot } from "@/lib/feeds/find-rank-changes";
import { rankChangeDirection } from "@/lib/feeds/rank-change-entry";

const d1 = new Date("2026-06-03T00:00:00Z");
const d2 = new Date("2026-06-10T00:00:00Z");
const d3 = new Date("2026-06-17T00:00:00Z");

const snap = (modelId: string, capturedAt: Date, rating: number, half: number, rank: number | null = null, votes: number | null = 5000): RankSnapshot => ({
  modelId,
  capturedAt,
  rating,
  ciLow: rating - half,
  ciHigh: rating + half,
  votes,
  rank,
  displayLabel: null,
});

describe("ranksOnDate", () => {
  it("uses stored ranks when the source published them, null meaning not ranked", () => {
    const ranks = ranksOnDate([snap("a", d1, 1200, 5, 1), snap("b", d1, 1300, 90, null, 100)], 1000);
    expect(ranks).toEqual(new Map([["a", 1], ["b", null]]));
  });

  it("computes rank with uncertainty when nothing is stored, leaving models under the vote minimum unranked", () => {
    const ranks = ranksOnDate([snap("a", d1, 1300, 10), snap("b", d1, 1295, 10), snap("c", d1, 1200, 10), snap("d", d1, 1350, 80, null, 50)], 1000);
    expect(ranks).toEqual(new Map([["a", 1], ["b", 1], ["c", 3], ["d", null]]));
  });

  it("falls back to rating order without intervals", () => {
    const rows = [snap("a", d1, 1200, 0), snap("b", d1, 1300, 0)].map((s) => ({ ...s, ciLow: null, ciHigh: null }));
    expect(ranksOnDate(rows, 1000)).toEqual(new Map([["a", 2], ["b", 1]]));
  });
});

describe("findRankChanges", () => {
  it("reports moves between consecutive dates, not jitter inside the intervals", () => {
    const changes = findRankChanges(
      [
        snap("a", d1, 1300, 5), snap("b", d1, 1200, 5),
        // Ratings move, ranks do not.
        snap("a", d2, 1305, 5), snap("b", d2, 1195, 5),
        // b overtakes a clearly.
        snap("a", d3, 1200, 5), snap("b", d3, 1300, 5),
      ],
      1000,
    );
    expect(changes.map((c) => [c.modelId, c.from, c.to, c.previousAt, c.capturedAt])).toEqual([
      ["b", 2, 1, d2, d3],
      ["a", 1, 2, d2, d3],
    ]);
  });

  it("names the models a new rank is shared with", () => {
    const changes = findRankChanges([snap("a", d1, 1300, 5), snap("b", d1, 1200, 5), snap("a", d2, 1260, 30), snap("b", d2, 1250, 30)], 1000);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ modelId: "b", from: 2, to: 1, sharedWith: ["a"] });
  });

  it("treats becoming ranked as a change and ignores models entering or leaving the board", () => {
    const changes = findRankChanges(
      [snap("a", d1, 1300, 5, 1), snap("n", d1, 1250, 60, null, 200), snap("a", d2, 1300, 5, 1), snap("n", d2, 1250, 20, 2), snap("late", d2, 1100, 5, 3)],
      1000,
    );
    expect(changes.map((c) => [c.modelId, c.from, c.to, rankChangeDirection(c)])).toEqual([["n", null, 2, "ranked"]]);
  });

  it("handles an empty board and a single date", () => {
    expect(findRankChanges([], 1000)).toEqual([]);
    expect(findRankChanges([snap("a", d1, 1300, 5, 1)], 1000)).toEqual([]);
  });

  it("finds HappyHorse taking first place on the demo's silent text-to-video board", () => {
    const points = generateRatingCurves(DEMO_BOARD_CURVES, demoWeeks()).filter((p) => p.board === "text-to-video");
    const snapshots: RankSnapshot[] = points.map((p) => ({ ...p, modelId: p.model }));
    const hh = findRankChanges(snapshots, 1500).filter((c) => c.modelId === "happyhorse-1-0");
    expect(hh[0]?.from).toBeNull();
    expect(hh.some((c) => c.to === 1 && c.from !== null && c.from > 1)).toBe(true);
    // Rank moves are rare events, not one per week per model.
    expect(findRankChanges(snapshots, 1500).length).toBeLessThan(points.length / 4);
  });
});
