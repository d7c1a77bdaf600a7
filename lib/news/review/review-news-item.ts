import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import type { ReviewActionBody, ReviewItem } from "./review-types";
import { assignNewsItem } from "./assign-news-item";
import { dismissNewsItem } from "./dismiss-news-item";
import { getReviewItemOrThrow } from "./get-review-item";
import { markNewsRelevant } from "./mark-news-relevant";
import { modelIdsOrThrow } from "./model-ids-or-throw";

/** The other reports of the item's story still waiting for review (NEW). */
export async function newClusterSiblings(tx: Tx, id: string): Promise<{ id: string; version: number }[]> {
  const item = await tx.newsItem.findUnique({ where: { id }, select: { clusterId: true } });
  if (!item?.clusterId) return [];
  return tx.newsItem.findMany({
    where: { clusterId: item.clusterId, id: { not: id }, reviewStatus: "NEW" },
    select: { id: true, version: true },
  });
}

/**
 * One review action on one item, as POST /api/v1/news/{id}/review receives
 * it. The queue shows a story once: relevant and dismiss apply to every
 * other report of it still NEW (decisions already taken on one stay), in the
 * same transaction; watchers are signalled once, for the item acted on.
 */
export async function reviewNewsItem(db: Db, actor: Actor, id: string, body: ReviewActionBody): Promise<ReviewItem> {
  switch (body.action) {
    case "relevant": {
      const modelIds = body.modelSlugs ? await modelIdsOrThrow(db, body.modelSlugs) : undefined;
      return runMutation(db, actor, async (scope) => {
        const item = await markNewsRelevant(scope, actor, id, { version: body.version, modelIds });
        const siblings = await newClusterSiblings(scope.tx, id);
        for (const s of siblings) await markNewsRelevant(scope, actor, s.id, { version: s.version, modelIds, signal: false });
        return siblings.length ? getReviewItemOrThrow(scope.tx, id) : item;
      });
    }
    case "dismiss":
      return runMutation(db, actor, async (scope) => {
        const item = await dismissNewsItem(scope, actor, id, body);
        const siblings = await newClusterSiblings(scope.tx, id);
        for (const s of siblings) await dismissNewsItem(scope, actor, s.id, { version: s.version, reason: body.reason });
        return siblings.length ? getReviewItemOrThrow(scope.tx, id) : item;
      });
    case "assign":
      return assignNewsItem(db, actor, id, body);
  }
}
