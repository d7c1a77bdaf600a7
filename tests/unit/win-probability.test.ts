import { describe, expect, it } from "vitest";
import {
  compareAllPairs,
  comparePair,
  expectedWinRate,
  formatProbability,
  intervalsOverlap,
  normalCdf,
  probabilityAhead,
  sigmaFromInterval,
  Z95,
} from "@/lib/elo/win-probability";

const e = (rating: number, half: number | null) => ({
  rating,
  ciLow: half === null ? null : rating - half,
  ciHigh: half === null ? null : rating + half,
});

describe("normalCdf", () => {
  it("matches known values of Φ", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1.644853627)).toBeCloseTo(0.05, 6);
    expect(normalCdf(1)).toBeCloseTo(0.841344746, 6);
    expect(normalCdf(-8)).toBeGreaterThan(0);
    expect(normalCdf(-8)).toBeLessThan(1e-12);
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
  });
});

describe("sigmaFromInterval", () => {
  it("reads σ off a 95% interval: (high − low) / (2 · 1.96)", () => {
    expect(sigmaFromInterval(e(1200, Z95 * 10))).toBeCloseTo(10, 9);
    expect(sigmaFromInterval({ rating: 1200, ciLow: 1220, ciHigh: 1180 })).toBeCloseTo(40 / (2 * Z95), 9);
  });
  it("is null when the interval is missing", () => {
    expect(sigmaFromInterval(e(1200, null))).toBeNull();
    expect(sigmaFromInterval({ rating: 1200, ciLow: 1190, ciHigh: null })).toBeNull();
  });
});

describe("probabilityAhead", () => {
  it("is Φ((rA − rB) / √(σA² + σB²))", () => {
    // σA = 3, σB = 4 → combined 5; a 10-point lead is z = 2.
    const p = probabilityAhead(e(1210, 3 * Z95), e(1200, 4 * Z95));
    expect(p).toBeCloseTo(normalCdf(2), 9);
    expect(p).toBeCloseTo(0.97725, 4);
  });

  it("is exactly one half for identical ratings", () => {
    expect(probabilityAhead(e(1200, 10), e(1200, 30))).toBe(0.5);
    expect(probabilityAhead(e(1200, 0), e(1200, 0))).toBe(0.5);
  });

  it("is symmetric: P(A > B) + P(B > A) = 1", () => {
    const pairs: [ReturnType<typeof e>, ReturnType<typeof e>][] = [
      [e(1282, 12), e(1240, 9)],
      [e(1100, 60), e(1236, 9)],
      [e(1236.4, 15), e(1233.1, 18)],
      [e(1000, 0.5), e(1400, 0.5)],
    ];
    for (const [a, b] of pairs) {
      const ab = probabilityAhead(a, b) as number;
      const ba = probabilityAhead(b, a) as number;
      expect(ab + ba).toBeCloseTo(1, 9);
    }
  });

  it("is null when either interval is missing", () => {
    expect(probabilityAhead(e(1300, null), e(1200, 10))).toBeNull();
    expect(probabilityAhead(e(1300, 10), e(1200, null))).toBeNull();
  });

  it("treats zero-width intervals as certainty", () => {
    expect(probabilityAhead(e(1201, 0), e(1200, 0))).toBe(1);
    expect(probabilityAhead(e(1199, 0), e(1200, 0))).toBe(0);
  });
});

describe("expectedWinRate (Bradley–Terry, scale 400)", () => {
  it("is one half for equal ratings and about 64% for a 100-point lead", () => {
    expect(expectedWinRate({ rating: 1200 }, { rating: 1200 })).toBe(0.5);
    expect(expectedWinRate({ rating: 1300 }, { rating: 1200 })).toBeCloseTo(0.64006, 4);
    expect(expectedWinRate({ rating: 1600 }, { rating: 1200 })).toBeCloseTo(10 / 11, 9);
  });
  it("is symmetric and needs no interval", () => {
    const a = { rating: 1282 };
    const b = { rating: 1240 };
    expect(expectedWinRate(a, b) + expectedWinRate(b, a)).toBeCloseTo(1, 12);
  });
});

describe("intervalsOverlap", () => {
  it("detects overlap, touching and separation", () => {
    expect(intervalsOverlap(e(1200, 10), e(1215, 10))).toBe(true);
    expect(intervalsOverlap(e(1200, 10), e(1220, 10))).toBe(true);
    expect(intervalsOverlap(e(1200, 10), e(1221, 10))).toBe(false);
    expect(intervalsOverlap(e(1200, null), e(1221, 10))).toBeNull();
  });
});

describe("comparePair verdict", () => {
  it("calls a lead at 95% probability or more", () => {
    const c = comparePair(e(1282, 10), e(1240, 9));
    expect(c.verdict).toEqual({ kind: "ahead", leader: "a", probability: expect.closeTo(1, 6) });
    const flipped = comparePair(e(1240, 9), e(1282, 10));
    expect(flipped.verdict.kind).toBe("ahead");
    expect(flipped.verdict.kind === "ahead" && flipped.verdict.leader).toBe("b");
  });

  it("says 'within the uncertainty' between 5% and 95%, still naming the favourite", () => {
    const c = comparePair(e(1236, 15), e(1233, 15));
    expect(c.verdict.kind).toBe("within-uncertainty");
    expect(c.verdict.kind === "within-uncertainty" && c.verdict.leader).toBe("a");
    expect(c.probabilityAhead).toBeGreaterThan(0.5);
    expect(c.probabilityAhead).toBeLessThan(0.95);
  });

  it("can call a lead while the 95% intervals still overlap", () => {
    // z = 10 / √(5.1² + 5.1²) ≈ 1.39 → 92%: within. At 13 points: z ≈ 1.8 → 96%: ahead, yet intervals overlap.
    const c = comparePair(e(1213, 10), e(1200, 10));
    expect(c.verdict.kind).toBe("ahead");
    expect(c.intervalsOverlap).toBe(true);
  });

  it("has no favourite for identical ratings", () => {
    const c = comparePair(e(1200, 10), e(1200, 10));
    expect(c.verdict).toEqual({ kind: "within-uncertainty", leader: null, probability: 0.5 });
    expect(c.expectedWinRate).toBe(0.5);
  });

  it("gives no probability without intervals but keeps the single-vote expectation", () => {
    const c = comparePair(e(1300, null), e(1200, 10));
    expect(c.verdict).toEqual({ kind: "no-interval" });
    expect(c.probabilityAhead).toBeNull();
    expect(c.expectedWinRate).toBeCloseTo(0.64, 2);
  });
});

describe("compareAllPairs", () => {
  it("has no pairs for a single model (or none)", () => {
    expect(compareAllPairs([e(1200, 10)])).toEqual([]);
    expect(compareAllPairs([])).toEqual([]);
  });
  it("compares every unordered pair once", () => {
    const pairs = compareAllPairs([e(1300, 10), e(1200, 10), e(1100, 10)]);
    expect(pairs).toHaveLength(3);
    expect(pairs.map((p) => [p.a.rating, p.b.rating])).toEqual([
      [1300, 1200],
      [1300, 1100],
      [1200, 1100],
    ]);
  });
});

describe("formatProbability", () => {
  it("never prints certainty it does not have", () => {
    expect(formatProbability(0.97)).toBe("97%");
    expect(formatProbability(0.9996)).toBe(">99.9%");
    expect(formatProbability(0.9972)).toBe("99.7%");
    expect(formatProbability(0.0004)).toBe("<0.1%");
    expect(formatProbability(0.5)).toBe("50%");
  });
  it("does not round a probability just under the threshold up to 95%", () => {
    expect(formatProbability(0.9496)).toBe("94.9%");
    expect(formatProbability(0.951)).toBe("95%");
  });
});
