import type { FeedHealth } from "./feed-types";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { PolicyViolationError } from "@/lib/errors";
import { countFeedItems, toFeedHealth } from "./list-feed-health";
import { readFeedOrThrow } from "./read-feed-for-change";

/**
 * "Fetch now": the feed becomes due at once, backoff or not; the next
 * ingestion run (worker or `mw ingest --once`) fetches it. A disabled feed
 * must be enabled first, so its reason is never cleared by accident.
 */
export async function fetchFeedNow(db: Db, actor: Actor, feedId: string, now: Date = new Date()): Promise<FeedHealth> {
  const feed = await runMutation(db, actor, async ({ tx }) => {
    const before = await readFeedOrThrow(tx, feedId);
    if (!before.enabled) {
      throw new PolicyViolationError(`The feed is disabled (${before.disabledReason ?? "no reason recorded"}); enable it to fetch it.`, "feed-enabled");
    }
    const after = await tx.feed.update({ where: { id: feedId }, data: { nextFetchAt: now } });
    await recordAudit(tx, { actor, action: "feed.fetch-now", entityType: "Feed", entityId: feedId, data: { url: before.url } });
    return after;
  });
  return toFeedHealth(feed, await countFeedItems(db, feed.id, now));
}
