import type { ReviewItem } from "./review-types";

/**
 * The claim form prefilled from a news item: the item as source, its first
 * confirmed (else suggested) model and its first suggested category.
 */
export function claimDraftHref(item: Pick<ReviewItem, "id" | "models" | "suggestedCategories">): string {
  const params = new URLSearchParams({ newsItem: item.id });
  const model =
    item.models.find((m) => m.state === "CONFIRMED") ?? item.models.find((m) => m.state === "SUGGESTED");
  if (model) params.set("model", model.slug);
  const category = item.suggestedCategories[0];
  if (category) params.set("category", category);
  return `/editor/claims/new?${params.toString()}`;
}
