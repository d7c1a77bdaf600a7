import type { Db } from "@/lib/db";
import type { ReviewCounts, ReviewItem } from "./review-types";
import type { ReviewStatus } from "@/lib/db/enums";
import { toPage } from "@/lib/db/paginate";
import { countReviewStates } from "./count-review-states";
import { reviewItemSelect, toReviewItem } from "./review-item-select";

export interface ReviewQueueOptions {
  state: ReviewStatus;
  /** Only items assigned to this user. */
  assigneeId?: string;
  /** Only items in this language (primary subtag, e.g. "zh"). */
  language?: string;
  limit: number;
  /** Resume after this (publishedAt ISO, id) key. */
  after?: readonly [string, string];
}

export interface ReviewQueuePage {
  items: ReviewItem[];
  next: string | null;
  counts: ReviewCounts;
}

/**
 * One page of the queue in a state, newest first, with the count of every
 * state. A story reported by several outlets (a cluster) shows once, as its
 * newest report in that state (in the language asked for, if any); the item
 * lists the other reports.
 */
export async function listReviewQueue(db: Db, opts: ReviewQueueOptions): Promise<ReviewQueuePage> {
  const assignee = opts.assigneeId ?? null;
  const language = opts.language ?? null;
  const [afterAt, afterId] = opts.after ?? [null, null];
  const [keys, counts] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT n.id FROM "NewsItem" n
      WHERE n."reviewStatus" = ${opts.state}::"ReviewStatus"
        AND (${assignee}::text IS NULL OR n."assigneeId" = ${assignee}::text)
        AND (${language}::text IS NULL OR n."language" = ${language}::text)
        AND (${afterAt}::timestamptz IS NULL OR (n."publishedAt", n.id) < (${afterAt}::timestamptz, ${afterId}::text))
        AND (n."clusterId" IS NULL OR NOT EXISTS (
          SELECT 1 FROM "NewsItem" o
          WHERE o."clusterId" = n."clusterId" AND o."reviewStatus" = n."reviewStatus"
            AND (${assignee}::text IS NULL OR o."assigneeId" = ${assignee}::text)
            AND (${language}::text IS NULL OR o."language" = ${language}::text)
            AND (o."publishedAt", o.id) > (n."publishedAt", n.id)))
      ORDER BY n."publishedAt" DESC, n.id DESC
      LIMIT ${opts.limit + 1}::int`,
    countReviewStates(db, opts.assigneeId, opts.language),
  ]);
  const rows = await db.newsItem.findMany({ where: { id: { in: keys.map((k) => k.id) } }, select: reviewItemSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = keys.flatMap((k) => byId.get(k.id) ?? []);
  const page = toPage(ordered, opts.limit, "review-queue", (r) => [r.publishedAt.toISOString(), r.id]);
  return { items: page.items.map(toReviewItem), next: page.next, counts };
}
