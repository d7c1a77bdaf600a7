const WEEK = 7 * 86_400_000;

/** Monday 00:00 UTC on or before `t`. */
export function startOfUtcWeek(t: Date): Date {
  const day = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * 86_400_000);
}

/**
 * The weekly points of a cumulative history: every Monday 00:00 UTC after the
 * first vote and up to the last one (each point counts the votes before it),
 * at most `max` of them, the most recent kept.
 */
export function weeklyCutoffs(first: Date, last: Date, max = 104): Date[] {
  const out: Date[] = [];
  for (let t = startOfUtcWeek(first).getTime() + WEEK; t <= last.getTime(); t += WEEK) out.push(new Date(t));
  return out.slice(-max);
}
