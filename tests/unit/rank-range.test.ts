import { describe, expect, it } from "vitest";
import { rankRanges } from "@/lib/elo/rank-range";

const e = (rating: number, half: number) => ({ rating, ciLow: rating - half, ciHigh: rating + half });

describe("rankRanges", () => {
  it("gives separated entries a single rank each", () => {
    expect(rankRanges([e(1300, 5), e(1200, 5), e(1100, 5)])).toEqual([
      { best: 1, worst: 1 },
      { best: 2, worst: 2 },
      { best: 3, worst: 3 },
    ]);
  });

  it("spans the ranks overlapping intervals allow", () => {
    // A [1280,1320] and B [1270,1310] overlap; C [1095,1105] is clearly last.
    expect(rankRanges([e(1300, 20), e(1290, 20), e(1100, 5)])).toEqual([
      { best: 1, worst: 2 },
      { best: 1, worst: 2 },
      { best: 3, worst: 3 },
    ]);
  });

  it("counts entries clearly above in the worst rank too", () => {
    // A [1260,1340] lies wholly above C [1150,1250]; B [1230,1270] overlaps both.
    expect(rankRanges([e(1300, 40), e(1250, 20), e(1200, 50)])).toEqual([
      { best: 1, worst: 2 },
      { best: 1, worst: 3 },
      { best: 2, worst: 3 },
    ]);
  });
});
