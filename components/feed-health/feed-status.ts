import type { FeedHealth } from "@/lib/api/v1/schemas/feed-schemas";

/** Consecutive errors at which ingestion signals a feed as broken (lib/news/ingest/ingest-feed.ts). */
const BROKEN_AFTER = 3;

export type FeedStatus = "ok" | "failing" | "broken" | "disabled" | "new";

/** How a feed is doing, in one word for the health table. */
export function feedStatus(feed: Pick<FeedHealth, "enabled" | "consecutiveErrors" | "lastAttemptAt">): FeedStatus {
  if (!feed.enabled) return "disabled";
  if (feed.consecutiveErrors >= BROKEN_AFTER) return "broken";
  if (feed.consecutiveErrors > 0) return "failing";
  return feed.lastAttemptAt ? "ok" : "new";
}

export const FEED_STATUS_LABELS: Record<FeedStatus, string> = {
  ok: "OK",
  failing: "Failing",
  broken: "Broken",
  disabled: "Disabled",
  new: "Not fetched yet",
};

const MINUTE = 60_000;

/** "5 min ago", "in 2 h", "3 d ago": relative to `now`, rendered on the server. */
export function relativeTime(iso: string | null, now: Date): string {
  if (!iso) return "never";
  const diff = Date.parse(iso) - now.getTime();
  const abs = Math.abs(diff);
  const text =
    abs < MINUTE ? "moments" : abs < 60 * MINUTE ? `${Math.round(abs / MINUTE)} min` : abs < 48 * 60 * MINUTE ? `${Math.round(abs / (60 * MINUTE))} h` : `${Math.round(abs / (24 * 60 * MINUTE))} d`;
  if (abs < MINUTE) return diff < 0 ? "just now" : "now";
  return diff < 0 ? `${text} ago` : `in ${text}`;
}
