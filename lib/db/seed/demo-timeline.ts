/**
 * Fixed dates of the demo story. Everything the seed writes is derived from
 * these (never from "now"), so two fresh databases seed identically.
 */

const DAY_MS = 86_400_000;

/** Parses "YYYY-MM-DD" (UTC midnight) or a full ISO timestamp. */
export function demoDate(iso: string): Date {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
  if (Number.isNaN(d.getTime())) throw new Error(`bad demo date: ${iso}`);
  return d;
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * DAY_MS);
}

export const DEMO_TIMELINE = {
  /** Weekly snapshots: 30 Wednesdays, UTC midnight, the last one below. */
  weeks: 30,
  lastSnapshot: "2026-11-18",
  /** HappyHorse shows up anonymously as "horse-7" in the arena. */
  firstSighting: "2026-05-11",
  /** Alibaba confirms the model comes from its ATH AI Innovation Unit. */
  confirmation: "2026-08-31",
  /** First weekly snapshot labelled with the real name (week index). */
  confirmationWeek: 18,
  /** The with-audio board re-anchors its scale (week index). */
  audioReanchorWeek: 20,
} as const;

/** The capture dates of the weekly snapshots, oldest first. */
export function demoWeeks(): Date[] {
  const last = demoDate(DEMO_TIMELINE.lastSnapshot);
  return Array.from({ length: DEMO_TIMELINE.weeks }, (_, i) => addDays(last, -7 * (DEMO_TIMELINE.weeks - 1 - i)));
}
