// Digest periods (UTC): a day, or an ISO week starting Monday. A digest is one
// outbox row per user and period, keyed so every notification of the period
// lands on the same row and the row is sent once, when the period ends.
import type { DigestFrequency } from "../db/enums";

const DAY = 86_400_000;

export function digestPeriod(frequency: "DAILY" | "WEEKLY", at: Date): { start: Date; end: Date } {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  if (frequency === "DAILY") return { start: new Date(day), end: new Date(day + DAY) };
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  const start = day - sinceMonday * DAY;
  return { start: new Date(start), end: new Date(start + 7 * DAY) };
}

export function digestKey(frequency: DigestFrequency, userId: string, start: Date): string {
  return `digest:${frequency}:${userId}:${start.toISOString()}`;
}

/** The frequency and period a digest key names, or null for any other key. */
export function parseDigestKey(key: string): { frequency: "DAILY" | "WEEKLY"; userId: string; start: Date; end: Date } | null {
  const m = /^digest:(DAILY|WEEKLY):([^:]+):(.+)$/.exec(key);
  if (!m) return null;
  const frequency = m[1] as "DAILY" | "WEEKLY";
  const start = new Date(m[3]!);
  if (Number.isNaN(start.getTime())) return null;
  return { frequency, userId: m[2]!, start, end: digestPeriod(frequency, start).end };
}
