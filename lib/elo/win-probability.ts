// Two different questions a reader asks when comparing two rated models, kept
// apart so the page can label them separately:
//  1. "Is A really better than B?" — the probability that A's true rating is
//     above B's, given each rating's 95% interval (the uncertainty of the
//     estimates). This is what decides whether a lead is real.
//  2. "How often would A win a single vote against B?" — the Bradley–Terry
//     expectation from the ratings alone (scale 400, base 10). Even a certain
//     lead can mean only a 55% win rate per vote.

export interface RatedWithInterval {
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
}

/** z for a two-sided 95% interval: a published interval spans rating ± 1.96 σ. */
export const Z95 = 1.959963984540054;

/** The probability at which a lead counts as real: at least 95% one way or the other. */
export const VERDICT_THRESHOLD = 0.95;

/**
 * Standard deviation implied by a 95% interval, treating the rating as normal:
 * σ = (ciHigh − ciLow) / (2 · 1.96). Null when the source gave no interval.
 */
export function sigmaFromInterval(e: RatedWithInterval): number | null {
  if (e.ciLow === null || e.ciHigh === null || !Number.isFinite(e.ciLow) || !Number.isFinite(e.ciHigh)) return null;
  return Math.abs(e.ciHigh - e.ciLow) / (2 * Z95);
}

/**
 * Complementary error function (Numerical Recipes' Chebyshev fit, fractional
 * error below 1.2e-7 everywhere): precise far into the tails, where
 * 1 − erf(x) would lose every digit.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Φ(x), the standard normal cumulative distribution. */
export function normalCdf(x: number): number {
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  return 0.5 * erfc(-x / Math.SQRT2);
}

/**
 * P(true rating of A > true rating of B) = Φ((rA − rB) / √(σA² + σB²)).
 * Null when either interval is missing: without it nothing can be said about
 * whether the gap is real. Identical ratings give exactly 0.5.
 */
export function probabilityAhead(a: RatedWithInterval, b: RatedWithInterval): number | null {
  const sa = sigmaFromInterval(a);
  const sb = sigmaFromInterval(b);
  if (sa === null || sb === null) return null;
  const diff = a.rating - b.rating;
  if (diff === 0) return 0.5;
  const sd = Math.sqrt(sa * sa + sb * sb);
  // Zero-width intervals claim certainty: the higher rating is ahead for sure.
  if (sd === 0) return diff > 0 ? 1 : 0;
  return normalCdf(diff / sd);
}

/**
 * Bradley–Terry expected share of single head-to-head votes A wins against B:
 * 1 / (1 + 10^((rB − rA) / 400)). Uses the ratings only, not their intervals.
 */
export function expectedWinRate(a: { rating: number }, b: { rating: number }): number {
  return 1 / (1 + Math.pow(10, (b.rating - a.rating) / 400));
}

/** Whether two 95% intervals overlap; null when either is missing. */
export function intervalsOverlap(a: RatedWithInterval, b: RatedWithInterval): boolean | null {
  if (a.ciLow === null || a.ciHigh === null || b.ciLow === null || b.ciHigh === null) return null;
  return Math.min(a.ciLow, a.ciHigh) <= Math.max(b.ciLow, b.ciHigh) && Math.min(b.ciLow, b.ciHigh) <= Math.max(a.ciLow, a.ciHigh);
}

export type PairVerdict =
  /** P ≥ 95% for the leader: the lead is unlikely to be noise. */
  | { kind: "ahead"; leader: "a" | "b"; probability: number }
  /** 5% < P < 95%: the data do not settle which is better. `leader` is the one the point estimates favour, if any. */
  | { kind: "within-uncertainty"; leader: "a" | "b" | null; probability: number }
  /** A rating has no published interval: no probability can be computed. */
  | { kind: "no-interval" };

export interface PairComparison {
  /** P(A's rating > B's); null without intervals. P(B > A) = 1 − this. */
  probabilityAhead: number | null;
  /** Expected share of single votes A wins against B (Bradley–Terry). */
  expectedWinRate: number;
  intervalsOverlap: boolean | null;
  verdict: PairVerdict;
}

/**
 * The verdict rule: a lead is called only when the probability that one
 * rating is above the other reaches 95% (two intervals can still overlap at
 * that point — the leaderboard's shared rank uses the stricter non-overlap
 * test, so the page shows both facts).
 */
export function comparePair(a: RatedWithInterval, b: RatedWithInterval): PairComparison {
  const p = probabilityAhead(a, b);
  const winRate = expectedWinRate(a, b);
  const overlap = intervalsOverlap(a, b);
  if (p === null) return { probabilityAhead: null, expectedWinRate: winRate, intervalsOverlap: overlap, verdict: { kind: "no-interval" } };
  const leader = p > 0.5 ? "a" : p < 0.5 ? "b" : null;
  const leaderP = Math.max(p, 1 - p);
  const verdict: PairVerdict =
    leader !== null && leaderP >= VERDICT_THRESHOLD
      ? { kind: "ahead", leader, probability: leaderP }
      : { kind: "within-uncertainty", leader, probability: leaderP };
  return { probabilityAhead: p, expectedWinRate: winRate, intervalsOverlap: overlap, verdict };
}

/** Every unordered pair of entries (i < j), compared: none for fewer than two entries. */
export function compareAllPairs<T extends RatedWithInterval>(entries: readonly T[]): { a: T; b: T; comparison: PairComparison }[] {
  const out: { a: T; b: T; comparison: PairComparison }[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i] as T;
      const b = entries[j] as T;
      out.push({ a, b, comparison: comparePair(a, b) });
    }
  }
  return out;
}

/**
 * A probability as a reader-facing percentage that never claims certainty the
 * model does not have: "97%", ">99.9%", "<0.1%".
 */
export function formatProbability(p: number): string {
  if (p >= 0.999) return ">99.9%";
  if (p <= 0.001) return "<0.1%";
  const pct = p * 100;
  // One decimal only where rounding would otherwise print 100% or 0%, or
  // would round a just-short-of-95% probability up to the verdict threshold.
  if (pct > 99.5 || pct < 0.5 || (pct >= 94.5 && pct < 95) || (pct > 5 && pct <= 5.5)) return `${(Math.floor(pct * 10) / 10).toFixed(1)}%`;
  return `${Math.round(pct)}%`;
}
