import { describe, expect, it } from "vitest";
import { rankWithUncertainty } from "@/lib/elo/rank-with-uncertainty";

const e = (rating: number, half: number) => ({ rating, ciLow: rating - half, ciHigh: rating + half });

describe("rankWithUncertainty", () => {
  it("gives separated entries distinct ranks", () => {
    expect(rankWithUncertainty([e(1300, 5), e(1200, 5), e(1100, 5)])).toEqual([1, 2, 3]);
  });

  it("lets entries with overlapping intervals share a rank", () => {
    // A and B overlap; C is clearly below both.
    expect(rankWithUncertainty([e(1300, 20), e(1290, 20), e(1100, 5)])).toEqual([1, 1, 3]);
  });

  it("counts only entries whose lower bound is above this upper bound", () => {
    // B's interval [1230,1270] overlaps A's [1260,1340] but not... C [1150,1250] is below A's low (1260).
    const ranks = rankWithUncertainty([e(1300, 40), e(1250, 20), e(1200, 50)]);
    expect(ranks).toEqual([1, 1, 2]);
  });

  it("does not depend on input order", () => {
    const rows = [e(1100, 5), e(1300, 5), e(1200, 5)];
    expect(rankWithUncertainty(rows)).toEqual([3, 1, 2]);
  });
});
