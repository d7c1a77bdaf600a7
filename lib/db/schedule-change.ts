// The settings feeds and leaderboard sources share (both are fetched on a
// schedule and leased by workers: claim-due-rows.ts): enable / disable with
// a reason, and a new interval, with one rule for when the row is next due.
import type { Actor } from "@/lib/auth/actor";

const MINUTE = 60_000;

/** The reason shown on a row an editor disabled: who, and why. */
function editorDisabledReason(actor: Actor, reason: string): string {
  return `disabled by ${actor.name ?? actor.email}: ${reason}`;
}

export interface ScheduledRow {
  enabled: boolean;
  intervalMinutes: number;
  consecutiveErrors: number;
  lastAttemptAt: Date | null;
}

export interface ScheduleChange {
  enabled?: boolean;
  /** Why it is disabled; goes with `enabled: false`. */
  reason?: string;
  intervalMinutes?: number;
}

export interface ScheduleUpdate {
  enabled?: boolean;
  disabledReason?: string | null;
  intervalMinutes?: number;
  nextFetchAt?: Date;
}

/**
 * The columns to write and their diff. Disabling records who and why;
 * enabling clears it and makes the row due at once (as does `dueNow`, for a
 * change that makes the old schedule moot); a new interval reschedules a
 * healthy row one interval after its last attempt, while a failing one keeps
 * its backoff.
 */
export function scheduleChange(
  before: ScheduledRow,
  change: ScheduleChange,
  actor: Actor,
  now: Date,
  dueNow = false,
): { data: ScheduleUpdate; diff: Record<string, [unknown, unknown]> } {
  const data: ScheduleUpdate = dueNow ? { nextFetchAt: now } : {};
  const diff: Record<string, [unknown, unknown]> = {};
  if (change.enabled === false) {
    // Disabling a disabled row (by the system, say) records the editor's reason instead.
    Object.assign(data, { enabled: false, disabledReason: editorDisabledReason(actor, change.reason ?? "") });
    diff.enabled = [before.enabled, false];
  } else if (change.enabled === true && !before.enabled) {
    Object.assign(data, { enabled: true, disabledReason: null, nextFetchAt: now });
    diff.enabled = [false, true];
  }
  if (change.intervalMinutes !== undefined && change.intervalMinutes !== before.intervalMinutes) {
    data.intervalMinutes = change.intervalMinutes;
    diff.intervalMinutes = [before.intervalMinutes, change.intervalMinutes];
    if (before.consecutiveErrors === 0 && data.nextFetchAt === undefined) {
      const from = before.lastAttemptAt?.getTime() ?? now.getTime();
      data.nextFetchAt = new Date(Math.max(now.getTime(), from + change.intervalMinutes * MINUTE));
    }
  }
  return { data, diff };
}
