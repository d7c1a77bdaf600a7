import type { Db } from "../db";

export interface ClaimedJob {
  id: string;
  type: string;
  payload: unknown;
  attempts: number;
}

/** After this many claims (a worker died holding it each time) a job fails instead of running again. */
export const MAX_JOB_ATTEMPTS = 3;

/**
 * Leases the oldest runnable job: queued and due, or running under a lease that
 * expired because its worker died. SKIP LOCKED lets workers claim side by side
 * without waiting on each other or taking the same job.
 */
export async function claimNextJob(
  db: Db,
  { workerId, leaseMs, now = new Date() }: { workerId: string; leaseMs: number; now?: Date },
): Promise<ClaimedJob | null> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET "status" = 'RUNNING', "leaseUntil" = ${leaseUntil}, "lockedBy" = ${workerId},
      "attempts" = "attempts" + 1, "startedAt" = COALESCE("startedAt", ${now})
    WHERE "id" = (
      SELECT "id" FROM "Job"
      WHERE ("status" = 'QUEUED' AND "runAt" <= ${now})
         OR ("status" = 'RUNNING' AND "leaseUntil" < ${now})
      ORDER BY "runAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "type", "payload", "attempts"`;
  return rows[0] ?? null;
}
