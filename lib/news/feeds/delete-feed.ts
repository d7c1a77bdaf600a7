import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { cacheTags } from "@/lib/cache/cache-tags";
import { readFeedOrThrow } from "./read-feed-for-change";

/**
 * Removes a feed. Its news items stay (reviewed news and claim sources keep
 * pointing at them) with their source name; they simply no longer name a feed.
 */
export async function deleteFeed(db: Db, actor: Actor, feedId: string): Promise<{ id: string; url: string; deleted: true }> {
  return runMutation(db, actor, async (scope) => {
    const feed = await readFeedOrThrow(scope.tx, feedId);
    const items = await scope.tx.newsItem.count({ where: { feedId } });
    await scope.tx.feed.delete({ where: { id: feedId } });
    await recordAudit(scope.tx, { actor, action: "feed.delete", entityType: "Feed", entityId: feedId, data: { url: feed.url, title: feed.title, items } });
    scope.invalidates(cacheTags.news);
    return { id: feedId, url: feed.url, deleted: true as const };
  });
}
