import type { FeedHealth, UpdateFeedBody } from "./feed-types";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db, Prisma } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { countFeedItems, toFeedHealth } from "./list-feed-health";
import { bumpFeedVersion, readFeedForChange } from "./read-feed-for-change";

const MINUTE = 60_000;

/** The reason shown on a feed an editor disabled: who, and why. */
export function editorDisabledReason(actor: Actor, reason: string): string {
  return `disabled by ${actor.name ?? actor.email}: ${reason}`;
}

/**
 * Changes a feed's settings from the version the editor read. Disabling
 * records who and why; enabling clears the reason and makes the feed due at
 * once; a new interval reschedules a healthy feed from its last attempt.
 */
export async function updateFeed(
  db: Db,
  actor: Actor,
  feedId: string,
  expectedVersion: number,
  patch: UpdateFeedBody,
  now: Date = new Date(),
): Promise<FeedHealth> {
  const feed = await runMutation(db, actor, async ({ tx }) => {
    const before = await readFeedForChange(tx, feedId, expectedVersion);
    const data: Prisma.FeedUpdateManyMutationInput = {};
    const diff: Record<string, [unknown, unknown]> = {};
    if (patch.title !== undefined && patch.title !== before.title) {
      data.title = patch.title;
      diff.title = [before.title, patch.title];
    }
    if (patch.enabled === false) {
      data.enabled = false;
      data.disabledReason = editorDisabledReason(actor, patch.reason!);
      diff.enabled = [before.enabled, false];
    } else if (patch.enabled === true && !before.enabled) {
      Object.assign(data, { enabled: true, disabledReason: null, nextFetchAt: now });
      diff.enabled = [false, true];
    }
    if (patch.intervalMinutes !== undefined && patch.intervalMinutes !== before.intervalMinutes) {
      data.intervalMinutes = patch.intervalMinutes;
      diff.intervalMinutes = [before.intervalMinutes, patch.intervalMinutes];
      // A failing feed keeps its backoff; a healthy one comes back one new interval after its last attempt.
      if (before.consecutiveErrors === 0 && data.nextFetchAt === undefined) {
        const from = before.lastAttemptAt?.getTime() ?? now.getTime();
        data.nextFetchAt = new Date(Math.max(now.getTime(), from + patch.intervalMinutes * MINUTE));
      }
    }
    const after = await bumpFeedVersion(tx, feedId, expectedVersion, data);
    await recordAudit(tx, {
      actor,
      action: "feed.update",
      entityType: "Feed",
      entityId: feedId,
      data: { url: before.url, version: after.version, diff, ...(patch.reason ? { reason: patch.reason } : {}) },
    });
    return after;
  });
  return toFeedHealth(feed, await countFeedItems(db, feed.id, now));
}
