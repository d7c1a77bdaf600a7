import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { PolicyViolationError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import type { ReviewItem } from "./review-types";
import { getReviewItemOrThrow } from "./get-review-item";
import { updateNewsItemVersioned } from "./update-news-item-versioned";

/** Assigns an item to someone who may review news (an active editor or admin), or unassigns it. */
export async function assignNewsItem(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; assigneeId: string | null },
): Promise<ReviewItem> {
  return runMutation(db, actor, async ({ tx }) => {
    if (input.assigneeId !== null) {
      const user = await tx.user.findUnique({ where: { id: input.assigneeId }, select: { role: true, disabledAt: true } });
      if (!user || user.disabledAt || !can(user.role, "news.review")) {
        throw new PolicyViolationError(
          "Items can only be assigned to an active editor or admin: this user does not exist, is disabled, or may not review news.",
          "assignee-is-editor",
        );
      }
    }
    await updateNewsItemVersioned(tx, id, input.version, { assigneeId: input.assigneeId });
    return getReviewItemOrThrow(tx, id);
  });
}
