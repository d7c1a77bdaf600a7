import type { Prisma, Tx } from "@/lib/db";
import type { ReviewCounts } from "@/lib/api/v1/schemas/review-write-schemas";

/** How many items are in each review state, under an optional filter (e.g. one assignee). */
export async function countReviewStates(client: Tx, where: Prisma.NewsItemWhereInput = {}): Promise<ReviewCounts> {
  const groups = await client.newsItem.groupBy({ by: ["reviewStatus"], where, _count: { _all: true } });
  const counts: ReviewCounts = { NEW: 0, RELEVANT: 0, DISMISSED: 0 };
  for (const g of groups) counts[g.reviewStatus] = g._count._all;
  return counts;
}
