import type { Actor } from "@/lib/auth/actor";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { MutationScope } from "@/lib/db/run-mutation";
import { recordSignal } from "@/lib/watch/record-signal";
import type { ReviewItem } from "./review-types";
import { getReviewItemOrThrow } from "./get-review-item";
import { updateNewsItemVersioned } from "./update-news-item-versioned";

export interface MarkRelevantInput {
  version: number;
  /** Exactly the models to confirm; default: the item's suggested and confirmed ones. */
  modelIds?: readonly string[];
  /** False for the other reports of a story already signalled: watchers hear of a story once. */
  signal?: boolean;
}

/**
 * Marks an item relevant, inside the caller's mutation (a review action on a
 * whole story, an accepted proposal). Without `modelIds` its suggested models
 * are confirmed; with them, exactly those models are CONFIRMED (links added as
 * needed) and every other link REJECTED. Each newly confirmed model gets a
 * NEWS_REVIEWED signal: the item now shows on its profile and in the news API.
 */
export async function markNewsRelevant(scope: MutationScope, actor: Actor, id: string, input: MarkRelevantInput): Promise<ReviewItem> {
  const { tx, invalidates } = scope;
  const links = await tx.newsModelLink.findMany({ where: { newsItemId: id }, select: { modelId: true, state: true } });
  const confirm = input.modelIds ? [...input.modelIds] : links.filter((l) => l.state !== "REJECTED").map((l) => l.modelId);
  await updateNewsItemVersioned(tx, id, input.version, {
    reviewStatus: "RELEVANT",
    reviewedById: actor.userId,
    reviewedAt: new Date(),
    dismissReason: null,
  });
  const confirmed = new Set(confirm);
  const wasConfirmed = new Set(links.filter((l) => l.state === "CONFIRMED").map((l) => l.modelId));
  const known = new Set(links.map((l) => l.modelId));
  await tx.newsModelLink.updateMany({ where: { newsItemId: id, modelId: { in: confirm } }, data: { state: "CONFIRMED" } });
  await tx.newsModelLink.updateMany({ where: { newsItemId: id, modelId: { notIn: confirm } }, data: { state: "REJECTED" } });
  const added = confirm.filter((m) => !known.has(m));
  if (added.length) {
    await tx.newsModelLink.createMany({ data: added.map((modelId) => ({ newsItemId: id, modelId, state: "CONFIRMED" as const })) });
  }
  const item = await getReviewItemOrThrow(tx, id);
  const models = await tx.model.findMany({ where: { id: { in: [...known, ...added] } }, select: { id: true, slug: true } });
  for (const model of models) {
    // Profiles of models that gained or lost the item both change.
    invalidates(cacheTags.model(model.slug));
    if (input.signal === false || !confirmed.has(model.id) || wasConfirmed.has(model.id)) continue;
    await recordSignal(tx, {
      type: "NEWS_REVIEWED",
      title: item.title,
      modelId: model.id,
      newsItemId: id,
      actorId: actor.userId,
      payload: { url: item.url, source: item.source, categories: item.suggestedCategories },
    });
  }
  invalidates(cacheTags.news, cacheTags.catalog);
  return item;
}
