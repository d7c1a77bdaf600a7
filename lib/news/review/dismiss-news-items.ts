import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { ReviewCounts } from "./review-types";
import { countReviewStates } from "./count-review-states";

/**
 * Dismisses many NEW items (and the other NEW reports of their stories) with
 * one reason, all or nothing: if any id is unknown (404) or no longer NEW
 * (409, listing them with their state), none is dismissed. The items are locked by a conditional update, so a review
 * racing this one either happens before (and is reported) or after.
 */
export async function dismissNewsItems(
  db: Db,
  actor: Actor,
  input: { ids: readonly string[]; reason: string },
): Promise<{ dismissed: string[]; counts: ReviewCounts }> {
  const dismissal = {
    reviewStatus: "DISMISSED",
    reviewedById: actor.userId,
    reviewedAt: new Date(),
    dismissReason: input.reason,
    version: { increment: 1 },
  } as const;
  return runMutation(db, actor, async ({ tx }) => {
    const updated = await tx.newsItem.updateManyAndReturn({
      where: { id: { in: [...input.ids] }, reviewStatus: "NEW" },
      data: dismissal,
      select: { id: true },
    });
    if (updated.length !== input.ids.length) {
      // Throwing rolls the whole transaction back: nothing above stays.
      const done = new Set(updated.map((u) => u.id));
      const rest = input.ids.filter((id) => !done.has(id));
      const rows = await tx.newsItem.findMany({ where: { id: { in: rest } }, select: { id: true, reviewStatus: true } });
      const missing = rest.filter((id) => !rows.some((r) => r.id === id));
      if (missing.length) {
        throw new NotFoundError(`No news item with the id ${missing.map((m) => `"${m}"`).join(", ")}. Nothing was dismissed.`);
      }
      throw new ConflictError(
        `${rows.length} of the ${input.ids.length} items are no longer NEW (someone reviewed them meanwhile). Nothing was dismissed: refresh the queue and try again.`,
        { notNew: rows },
      );
    }
    // The queue shows a story once: the other reports of the stories dismissed go with them.
    const siblings = await tx.newsItem.updateManyAndReturn({
      where: { reviewStatus: "NEW", cluster: { items: { some: { id: { in: [...input.ids] } } } } },
      data: dismissal,
      select: { id: true },
    });
    return { dismissed: [...input.ids, ...siblings.map((s) => s.id)], counts: await countReviewStates(tx) };
  });
}
