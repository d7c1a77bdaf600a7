import type { Actor } from "@/lib/auth/actor";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { MutationScope } from "@/lib/db/run-mutation";
import type { ReviewItem } from "./review-types";
import { getReviewItemOrThrow } from "./get-review-item";
import { updateNewsItemVersioned } from "./update-news-item-versioned";

/**
 * Dismisses an item with the editor's reason. Links are kept as they are (the
 * decision can be revisited); a dismissed item leaves every public list.
 */
export async function dismissNewsItem(
  { tx, invalidates }: MutationScope,
  actor: Actor,
  id: string,
  input: { version: number; reason: string },
): Promise<ReviewItem> {
  const before = await getReviewItemOrThrow(tx, id);
  await updateNewsItemVersioned(tx, id, input.version, {
    reviewStatus: "DISMISSED",
    reviewedById: actor.userId,
    reviewedAt: new Date(),
    dismissReason: input.reason,
  });
  if (before.reviewStatus === "RELEVANT") {
    // It was public: the lists and profiles that showed it change.
    invalidates(cacheTags.news, cacheTags.catalog);
    for (const m of before.models) if (m.state === "CONFIRMED") invalidates(cacheTags.model(m.slug));
  }
  return getReviewItemOrThrow(tx, id);
}
