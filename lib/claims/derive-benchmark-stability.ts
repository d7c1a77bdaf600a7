// Is a model's standing on the leaderboards settled, or still moving? Elo
// points jitter every week; what a reader can rely on is the rank with
// uncertainty (statistically tied models share it) and how wide the interval
// is. So stability is judged on those, never on raw rating moves.

/** The last this-many snapshots must agree. Weekly snapshots: about a month. */
export const STABILITY_WINDOW = 4;
/** The latest 95% interval must reach no further than this many Elo points either side. */
export const STABILITY_MAX_HALF_WIDTH = 15;

export interface StabilityPoint {
  date: string;
  rank: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** Stretch between method breaks (see toChartSeries): ratings across a break are not comparable. */
  segment: number;
}

export interface StabilityHistory {
  board: { slug: string; name: string };
  points: readonly StabilityPoint[];
}

export interface BoardStability {
  boardSlug: string;
  boardName: string;
  stable: boolean;
  /** Latest rank with uncertainty, or null when not ranked (too few votes). */
  rank: number | null;
  /** Half-width of the latest 95% interval, rounded to a point, or null without an interval. */
  halfWidth: number | null;
  /** Why it is not stable, in plain words; null when stable. */
  reason: string | null;
}

export interface BenchmarkStability {
  /** "none": not on any leaderboard. */
  verdict: "stable" | "changing" | "none";
  boards: BoardStability[];
}

export interface StabilityOptions {
  window?: number;
  maxHalfWidth?: number;
}

function judgeBoard(h: StabilityHistory, window: number, maxHalfWidth: number): BoardStability {
  const pts = h.points;
  const latest = pts[pts.length - 1];
  const half =
    latest && latest.ciLow !== null && latest.ciHigh !== null ? Math.round(Math.abs(latest.ciHigh - latest.ciLow) / 2) : null;
  const base = { boardSlug: h.board.slug, boardName: h.board.name, rank: latest?.rank ?? null, halfWidth: half };
  const fail = (reason: string): BoardStability => ({ ...base, stable: false, reason });
  if (!latest || pts.length < window) return fail(`only ${pts.length} snapshot${pts.length === 1 ? "" : "s"} so far`);
  const recent = pts.slice(-window);
  if (recent.some((p) => p.segment !== latest.segment)) return fail("the source changed method or re-anchored recently");
  if (recent.some((p) => p.rank === null)) return fail("not ranked in every recent snapshot (too few votes)");
  const ranks = new Set(recent.map((p) => p.rank));
  if (ranks.size > 1) return fail(`rank moved from ${recent[0]?.rank} to ${latest.rank} in the last ${window} snapshots`);
  if (half === null) return fail("the source gives no interval");
  if (half > maxHalfWidth) return fail(`its 95% interval (±${half}) is wider than ±${maxHalfWidth}`);
  return { ...base, stable: true, reason: null };
}

/**
 * Stable means, on every leaderboard the model appears on: at least `window`
 * snapshots, no method break or re-anchoring among the last `window`, the same
 * rank with uncertainty in all of them (a shared, tied rank counts), and a
 * latest interval no wider than ±`maxHalfWidth`. One unsettled board makes the
 * whole item "changing": a lead is only as solid as its weakest board.
 */
export function deriveBenchmarkStability(
  histories: readonly StabilityHistory[],
  opts: StabilityOptions = {},
): BenchmarkStability {
  const window = Math.max(2, opts.window ?? STABILITY_WINDOW);
  const maxHalfWidth = opts.maxHalfWidth ?? STABILITY_MAX_HALF_WIDTH;
  const boards = histories.filter((h) => h.points.length > 0).map((h) => judgeBoard(h, window, maxHalfWidth));
  if (boards.length === 0) return { verdict: "none", boards };
  return { verdict: boards.every((b) => b.stable) ? "stable" : "changing", boards };
}
