import type { FeedHealth } from "./feed-types";
import type { Db } from "@/lib/db";

const DAY = 24 * 60 * 60_000;

type FeedRow = Awaited<ReturnType<Db["feed"]["findFirstOrThrow"]>>;

/** A feed row with its item counts, in the API's shape. */
export function toFeedHealth(feed: FeedRow, counts: { last7: number; last30: number } = { last7: 0, last30: 0 }): FeedHealth {
  return {
    id: feed.id,
    url: feed.url,
    title: feed.title,
    siteUrl: feed.siteUrl,
    enabled: feed.enabled,
    disabledReason: feed.disabledReason,
    intervalMinutes: feed.intervalMinutes,
    lastAttemptAt: feed.lastAttemptAt?.toISOString() ?? null,
    lastSuccessAt: feed.lastSuccessAt?.toISOString() ?? null,
    lastStatus: feed.lastStatus,
    consecutiveErrors: feed.consecutiveErrors,
    lastError: feed.lastError,
    nextFetchAt: feed.nextFetchAt.toISOString(),
    itemsLast7Days: counts.last7,
    itemsLast30Days: counts.last30,
    version: feed.version,
  };
}

/** How many items one feed brought in the last 7 and 30 days (by fetch time). */
export async function countFeedItems(db: Db, feedId: string, now = new Date()): Promise<{ last7: number; last30: number }> {
  const since = (days: number) => db.newsItem.count({ where: { feedId, fetchedAt: { gte: new Date(now.getTime() - days * DAY) } } });
  const [last7, last30] = await Promise.all([since(7), since(30)]);
  return { last7, last30 };
}

/** Every feed with its health fields and how many items it brought lately (by fetch time). */
export async function listFeedHealth(db: Db, now = new Date()): Promise<FeedHealth[]> {
  const countSince = (days: number) =>
    db.newsItem.groupBy({ by: ["feedId"], where: { feedId: { not: null }, fetchedAt: { gte: new Date(now.getTime() - days * DAY) } }, _count: { _all: true } });
  const [feeds, last7, last30] = await Promise.all([db.feed.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] }), countSince(7), countSince(30)]);
  const byFeed = (rows: Awaited<ReturnType<typeof countSince>>) => new Map(rows.map((r) => [r.feedId, r._count._all]));
  const [seven, thirty] = [byFeed(last7), byFeed(last30)];
  return feeds.map((f) => toFeedHealth(f, { last7: seven.get(f.id) ?? 0, last30: thirty.get(f.id) ?? 0 }));
}
