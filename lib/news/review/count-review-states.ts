import type { Tx } from "@/lib/db";
import type { ReviewCounts } from "./review-types";

/**
 * How many stories are in each review state, optionally only one assignee's
 * and in one language:
 * the reports of one story cluster count once, as the queue shows them.
 */
export async function countReviewStates(client: Tx, assigneeId?: string, language?: string): Promise<ReviewCounts> {
  const groups = await client.$queryRaw<{ reviewStatus: keyof ReviewCounts; n: number }[]>`
    SELECT "reviewStatus", count(DISTINCT coalesce("clusterId", id))::int AS n
    FROM "NewsItem"
    WHERE (${assigneeId ?? null}::text IS NULL OR "assigneeId" = ${assigneeId ?? null}::text)
      AND (${language ?? null}::text IS NULL OR "language" = ${language ?? null}::text)
    GROUP BY "reviewStatus"`;
  const counts: ReviewCounts = { NEW: 0, RELEVANT: 0, DISMISSED: 0 };
  for (const g of groups) counts[g.reviewStatus] = g.n;
  return counts;
}
