// Geometry for the small inline interval bar in leaderboard tables: where a
// model's 95% interval and rating sit on a scale shared by the whole table, so
// overlapping bars read as "statistically tied" at a glance.

export interface IntervalInput {
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface IntervalBar {
  /** Percentages of the shared scale (0–100). */
  left: number;
  width: number;
  point: number;
  hasInterval: boolean;
}

/** A scale covering every rating and interval in the table, rounded out to tens. */
export function intervalScale(entries: readonly IntervalInput[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of entries) {
    lo = Math.min(lo, e.rating, e.ciLow ?? e.rating);
    hi = Math.max(hi, e.rating, e.ciHigh ?? e.rating);
  }
  if (!Number.isFinite(lo)) return [0, 1];
  const min = Math.floor((lo - 5) / 10) * 10;
  const max = Math.ceil((hi + 5) / 10) * 10;
  return [min, max > min ? max : min + 10];
}

const clampPct = (v: number) => Math.min(100, Math.max(0, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

export function toIntervalBar(entry: IntervalInput, [min, max]: readonly [number, number]): IntervalBar {
  const span = max - min || 1;
  const pct = (v: number) => clampPct(((v - min) / span) * 100);
  const point = round1(pct(entry.rating));
  if (entry.ciLow === null || entry.ciHigh === null) return { left: point, width: 0, point, hasInterval: false };
  const left = pct(Math.min(entry.ciLow, entry.ciHigh));
  const right = pct(Math.max(entry.ciLow, entry.ciHigh));
  return { left: round1(left), width: round1(right - left), point, hasInterval: true };
}
