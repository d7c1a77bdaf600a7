import { afterEach, describe, expect, it, vi } from "vitest";
import { DEMO_BOARD_CURVES } from "@/lib/db/seed/demo-leaderboards";
import { HAPPYHORSE_SLUG } from "@/lib/db/seed/demo-models";
import { generateRatingCurves, intervalHalfWidth, makePrng, type BoardCurves, type RatingPoint } from "@/lib/db/seed/demo-ratings";
import { DEMO_TIMELINE, demoWeeks } from "@/lib/db/seed/demo-timeline";

const weeks = demoWeeks();
const last = weeks.length - 1;

function series(points: RatingPoint[], board: string, model: string): RatingPoint[] {
  return points.filter((p) => p.board === board && p.model === model).sort((a, b) => a.week - b.week);
}

function groups(points: RatingPoint[]): Map<string, RatingPoint[]> {
  const out = new Map<string, RatingPoint[]>();
  for (const p of points) {
    const key = `${p.board}/${p.model}`;
    out.set(key, [...(out.get(key) ?? []), p]);
  }
  return out;
}

const small: BoardCurves = {
  board: "test",
  anchor: "mean=1000",
  k: 900,
  minVotes: 1000,
  curves: [
    { model: "newcomer", label: "Newcomer", startWeek: 1, from: 1000, to: 1100, settleWeek: 6, votes0: 100, votesPerWeek: 800 },
    { model: "veteran", label: "Veteran", from: 1050, to: 1050, votes0: 20_000, votesPerWeek: 300 },
  ],
};

describe("demo rating curves", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is deterministic and never calls Math.random", () => {
    const random = vi.spyOn(Math, "random");
    const a = generateRatingCurves(DEMO_BOARD_CURVES, weeks);
    const b = generateRatingCurves(DEMO_BOARD_CURVES, weeks);
    expect(b).toEqual(a);
    expect(random).not.toHaveBeenCalled();
    // The seed matters: another seed gives other jitter.
    expect(generateRatingCurves(DEMO_BOARD_CURVES, weeks, 1)).not.toEqual(a);
  });

  it("has a seeded PRNG in [0, 1) that repeats for the same seed", () => {
    const x = makePrng(42);
    const y = makePrng(42);
    const draws = Array.from({ length: 1000 }, () => x());
    expect(Array.from({ length: 1000 }, () => y())).toEqual(draws);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });

  it("narrows the interval as votes accumulate (half-width k/sqrt(votes))", () => {
    const points = generateRatingCurves([small], weeks.slice(0, 10));
    const newcomer = series(points, "test", "newcomer");
    for (let i = 1; i < newcomer.length; i++) {
      const prev = newcomer[i - 1] as RatingPoint;
      const cur = newcomer[i] as RatingPoint;
      expect(cur.votes).toBeGreaterThan(prev.votes);
      expect(cur.ciHigh - cur.ciLow).toBeLessThanOrEqual(prev.ciHigh - prev.ciLow);
    }
    for (const p of points) {
      expect((p.ciHigh - p.ciLow) / 2).toBeCloseTo(intervalHalfWidth(small.k, p.votes), 0);
      expect(p.ciLow).toBeLessThan(p.rating);
      expect(p.ciHigh).toBeGreaterThan(p.rating);
    }
    const first = newcomer[0] as RatingPoint;
    const final = newcomer[newcomer.length - 1] as RatingPoint;
    expect(first.ciHigh - first.ciLow).toBeGreaterThan(4 * (final.ciHigh - final.ciLow));
  });

  it("ranks only entries with enough votes, and keeps the anchor: mean 1000 each week", () => {
    const points = generateRatingCurves([small], weeks.slice(0, 10));
    const firstWeek = points.filter((p) => p.week === 1);
    expect(firstWeek.find((p) => p.model === "newcomer")?.rank).toBeNull();
    expect(firstWeek.find((p) => p.model === "veteran")?.rank).toBe(1);
    for (let w = 0; w < 10; w++) {
      const ratings = points.filter((p) => p.week === w).map((p) => p.rating);
      expect(ratings.reduce((s, r) => s + r, 0) / ratings.length).toBeCloseTo(1000, 0);
    }
  });

  it("gives every model at least 26 weekly points per board, with cumulative votes", () => {
    const points = generateRatingCurves(DEMO_BOARD_CURVES, weeks);
    for (const [key, list] of groups(points)) {
      expect(list.length, key).toBeGreaterThanOrEqual(26);
      const votes = list.sort((a, b) => a.week - b.week).map((p) => p.votes);
      expect(votes, key).toEqual([...votes].sort((a, b) => a - b));
      expect(new Set(votes).size, key).toBe(votes.length);
    }
  });

  it("tells the HappyHorse story: anonymous, then first alone on the silent board", () => {
    const points = generateRatingCurves(DEMO_BOARD_CURVES, weeks);
    const hh = series(points, "text-to-video", HAPPYHORSE_SLUG);
    const first = hh[0] as RatingPoint;
    const final = hh[hh.length - 1] as RatingPoint;
    expect(first.displayLabel).toMatch(/^Anonymous model/);
    expect(first.votes).toBeLessThan(500);
    expect(first.rank).toBeNull();
    expect(final.displayLabel).toBe("HappyHorse 1.0");
    expect(hh.find((p) => p.week === DEMO_TIMELINE.confirmationWeek - 1)?.displayLabel).toMatch(/horse-7/);
    expect(hh.find((p) => p.week === DEMO_TIMELINE.confirmationWeek)?.displayLabel).toBe("HappyHorse 1.0");
    expect(final.ciHigh - final.ciLow).toBeLessThan((first.ciHigh - first.ciLow) / 4);
    const lastWeek = points.filter((p) => p.board === "text-to-video" && p.week === last);
    expect(final.rank).toBe(1);
    expect(lastWeek.filter((p) => p.rank === 1)).toHaveLength(1);
    expect(Math.max(...lastWeek.map((p) => p.rating))).toBe(final.rating);
  });

  it("ends in a statistical tie at the top of the audio board, across a re-anchoring", () => {
    const points = generateRatingCurves(DEMO_BOARD_CURVES, weeks);
    const lastWeek = points.filter((p) => p.board === "text-to-video-audio" && p.week === last);
    const hh = lastWeek.find((p) => p.model === HAPPYHORSE_SLUG);
    expect(hh?.rank).toBe(1);
    const sharing = lastWeek.filter((p) => p.rank === 1);
    expect(sharing.length).toBeGreaterThanOrEqual(2);
    expect(sharing.length).toBeLessThanOrEqual(3);
    const veo = series(points, "text-to-video-audio", "veo-3");
    const before = veo.find((p) => p.week === DEMO_TIMELINE.audioReanchorWeek - 1) as RatingPoint;
    const after = veo.find((p) => p.week === DEMO_TIMELINE.audioReanchorWeek) as RatingPoint;
    expect(before.anchor).toBe("mean=1000");
    expect(after.anchor).not.toBe(before.anchor);
    expect(after.rating - before.rating).toBeGreaterThan(15);
    // The silent board never re-anchors.
    expect(new Set(points.filter((p) => p.board === "text-to-video").map((p) => p.anchor))).toEqual(new Set(["mean=1000"]));
  });
});
