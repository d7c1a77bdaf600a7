import { rankWithUncertainty } from "../../elo/rank-with-uncertainty";

/** One model's path on one board, in "raw" points before the board is re-centred. */
export interface CurveSpec {
  model: string;
  /** How the source names the entry (defaults to the model's name). */
  label: string;
  /** Anonymous arena label shown until `anonymousUntilWeek` (exclusive). */
  anonymousLabel?: string;
  anonymousUntilWeek?: number;
  /** First week (index) the model is on the board. */
  startWeek?: number;
  from: number;
  to: number;
  /** Week by which the move from `from` to `to` is complete (default: the last week). */
  settleWeek?: number;
  /** Cumulative votes at the first week, and the mean weekly increase. */
  votes0: number;
  votesPerWeek: number;
}

export interface ReanchorSpec {
  week: number;
  anchor: string;
  /** Points added to every rating from `week` on. */
  shift: number;
}

export interface BoardCurves {
  board: string;
  anchor: string;
  /** Interval half-width is k / sqrt(votes): wide with few votes, narrowing as they accumulate. */
  k: number;
  /** Entries under this many votes are listed but not ranked. */
  minVotes: number;
  reanchor?: ReanchorSpec;
  curves: CurveSpec[];
}

export interface RatingPoint {
  board: string;
  model: string;
  week: number;
  capturedAt: Date;
  rating: number;
  ciLow: number;
  ciHigh: number;
  votes: number;
  appearances: number;
  rank: number | null;
  anchor: string;
  displayLabel: string;
}

/** mulberry32: tiny, fast and deterministic; no Math.random anywhere in the demo. */
export function makePrng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a, so each (board, model) pair gets its own stream: adding a model leaves the others' curves alone. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const smoothstep = (x: number) => {
  const t = Math.min(1, Math.max(0, x));
  return t * t * (3 - 2 * t);
};

export function intervalHalfWidth(k: number, votes: number): number {
  return k / Math.sqrt(Math.max(1, votes));
}

interface RawPoint {
  model: string;
  week: number;
  raw: number;
  votes: number;
  label: string;
}

function rawSeries(board: string, spec: CurveSpec, weeks: number, seed: number): RawPoint[] {
  const next = makePrng(hashString(`${seed}:${board}:${spec.model}`));
  const start = spec.startWeek ?? 0;
  const settle = spec.settleWeek ?? weeks - 1;
  const span = Math.max(1, settle - start);
  const out: RawPoint[] = [];
  let jitter = 0;
  let votes = spec.votes0;
  for (let week = start; week < weeks; week++) {
    if (week > start) votes += Math.round(spec.votesPerWeek * (0.8 + 0.4 * next()));
    // AR(1) jitter: a few points of weekly noise that wanders instead of zig-zagging.
    jitter = 0.6 * jitter + (next() - 0.5) * 3;
    const raw = spec.from + (spec.to - spec.from) * smoothstep((week - start) / span) + jitter;
    const anonymous = spec.anonymousLabel !== undefined && week < (spec.anonymousUntilWeek ?? 0);
    out.push({ model: spec.model, week, raw, votes, label: anonymous ? (spec.anonymousLabel ?? spec.label) : spec.label });
  }
  return out;
}

/**
 * Weekly published-style snapshots for demo boards: smooth, deterministic
 * curves with small jitter, cumulative votes, intervals of k/sqrt(votes),
 * ratings re-centred so the anchor ("mean=1000") holds each week, and
 * rank with uncertainty among entries that have at least `minVotes`.
 */
export function generateRatingCurves(boards: readonly BoardCurves[], dates: readonly Date[], seed = 20260511): RatingPoint[] {
  const points: RatingPoint[] = [];
  for (const board of boards) {
    const series = board.curves.flatMap((c) => rawSeries(board.board, c, dates.length, seed));
    for (let week = 0; week < dates.length; week++) {
      const capturedAt = dates[week] as Date;
      const present = series.filter((p) => p.week === week);
      if (!present.length) continue;
      const mean = present.reduce((s, p) => s + p.raw, 0) / present.length;
      const reanchored = board.reanchor !== undefined && week >= board.reanchor.week;
      const offset = 1000 - mean + (reanchored ? (board.reanchor?.shift ?? 0) : 0);
      const anchor = reanchored ? (board.reanchor?.anchor ?? board.anchor) : board.anchor;
      const rows = present.map((p) => {
        const rating = round1(p.raw + offset);
        const half = round1(intervalHalfWidth(board.k, p.votes));
        return {
          board: board.board,
          model: p.model,
          week,
          capturedAt,
          rating,
          ciLow: round1(rating - half),
          ciHigh: round1(rating + half),
          votes: p.votes,
          // Appearances count every battle shown, including skipped and tied ones.
          appearances: Math.round(p.votes * 1.12),
          rank: null as number | null,
          anchor,
          displayLabel: p.label,
        };
      });
      const ranked = rows.filter((r) => r.votes >= board.minVotes);
      rankWithUncertainty(ranked).forEach((rank, i) => {
        (ranked[i] as RatingPoint).rank = rank;
      });
      points.push(...rows);
    }
  }
  return points;
}
