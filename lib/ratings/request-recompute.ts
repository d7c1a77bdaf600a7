import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { NotFoundError } from "@/lib/errors";
import { wakeWorkers } from "@/lib/jobs/wake-workers";
import type { RatingAnchor } from "@/lib/elo/rating-scale";
import { enqueueRatingsRecompute } from "./recompute-ratings-job";

/** Queues a recompute of a board's ratings (checking the board and the anchor first); returns the job id. */
export async function requestRecompute(db: Db, actor: Actor, boardSlug: string, anchor: RatingAnchor | null): Promise<{ job: string }> {
  return runMutation(db, actor, async ({ tx, afterCommit }) => {
    const board = await tx.leaderboard.findUnique({ where: { slug: boardSlug }, select: { id: true, slug: true } });
    if (!board) throw new NotFoundError(`No leaderboard with the slug "${boardSlug}".`);
    if (anchor && !(await tx.model.findUnique({ where: { slug: anchor.model }, select: { id: true } }))) {
      throw new NotFoundError(`No model has the slug "${anchor.model}" (the anchor).`);
    }
    const job = await enqueueRatingsRecompute(tx, { leaderboardSlug: board.slug, anchor }, actor.userId);
    await recordAudit(tx, {
      actor,
      action: "leaderboard.ratings-recompute-request",
      entityType: "Leaderboard",
      entityId: board.id,
      data: { job: job.id, anchor: anchor ? { ...anchor } : null },
    });
    afterCommit(wakeWorkers);
    return { job: job.id };
  });
}
