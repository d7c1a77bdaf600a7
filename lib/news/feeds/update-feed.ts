import type { FeedHealth, UpdateFeedBody } from "./feed-types";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db, Prisma } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { scheduleChange } from "@/lib/db/schedule-change";
import { countFeedItems, toFeedHealth } from "./list-feed-health";
import { bumpFeedVersion, readFeedForChange } from "./read-feed-for-change";

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
    const { data, diff }: { data: Prisma.FeedUpdateManyMutationInput; diff: Record<string, [unknown, unknown]> } = scheduleChange(before, patch, actor, now);
    if (patch.title !== undefined && patch.title !== before.title) {
      data.title = patch.title;
      diff.title = [before.title, patch.title];
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
