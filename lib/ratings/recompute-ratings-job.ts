import { z } from "zod";
import type { Tx } from "@/lib/db";
import type { JobHandler } from "@/lib/jobs/job-context";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { recomputeRatings } from "./recompute-ratings";

export const RECOMPUTE_RATINGS_JOB = "ratings.recompute";

const payloadSchema = z.object({
  leaderboardSlug: z.string().min(1),
  anchor: z.object({ model: z.string().min(1), rating: z.number() }).nullable().optional(),
});

export type RecomputeRatingsPayload = z.output<typeof payloadSchema>;

/** Queues a recompute of the board in the caller's transaction. */
export function enqueueRatingsRecompute(tx: Tx, payload: RecomputeRatingsPayload, createdById: string | null) {
  return enqueueJob(tx, { type: RECOMPUTE_RATINGS_JOB, payload, createdById });
}

/** The `ratings.recompute` job: recomputeRatings with its progress on the job row for the editor's page. */
export const recomputeRatingsJob: JobHandler = async ({ db, job, progress }) => {
  const payload = payloadSchema.parse(job.payload);
  const row = await db.job.findUnique({ where: { id: job.id }, select: { createdById: true } });
  const result = await recomputeRatings(db, payload.leaderboardSlug, {
    anchor: payload.anchor ?? null,
    actorId: row?.createdById ?? null,
    onProgress: async (fraction, message) => {
      // Another worker took the job over (this one stalled): stop rather than write twice.
      if (!(await progress(fraction, message))) throw new Error("The job is no longer held by this worker");
    },
  });
  return { ...result };
};
