import type { Tx } from "@/lib/db";
import type { ReviewItem } from "./review-types";
import { NotFoundError } from "@/lib/errors";
import { reviewItemSelect, toReviewItem } from "./review-item-select";

/** One news item as the review queue shows it; 404 when there is none. */
export async function getReviewItemOrThrow(client: Tx, id: string): Promise<ReviewItem> {
  const row = await client.newsItem.findUnique({ where: { id }, select: reviewItemSelect });
  if (!row) throw new NotFoundError(`No news item with the id "${id}".`);
  return toReviewItem(row);
}
