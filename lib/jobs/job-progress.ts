import type { Db, Prisma } from "../db";

import type { ReportProgress } from "./job-context";

/**
 * Progress writes are throttled (a job may report thousands of steps) and
 * extend the lease, so a long job keeps it while its worker is alive. The
 * update matches the holder, so a worker whose lease was taken over learns it.
 */
export function jobProgressReporter(
  db: Db,
  job: { id: string; workerId: string; leaseMs: number },
  minIntervalMs = 500,
): ReportProgress {
  let lastWrite = 0;
  return async (fraction, message, detail) => {
    const now = Date.now();
    if (fraction < 1 && now - lastWrite < minIntervalMs) return true;
    lastWrite = now;
    const { count } = await db.job.updateMany({
      where: { id: job.id, lockedBy: job.workerId, status: "RUNNING" },
      data: {
        progress: Math.max(0, Math.min(1, fraction)),
        message: message ?? null,
        ...(detail === undefined ? {} : { result: detail }),
        leaseUntil: new Date(now + job.leaseMs),
      },
    });
    return count === 1;
  };
}

/** Marks a job finished by its holder: DONE with a result, or FAILED with the error. */
export async function finishJob(
  db: Db,
  job: { id: string; workerId: string },
  outcome: { result: Prisma.InputJsonValue; message?: string } | { error: string },
): Promise<void> {
  const done = "result" in outcome;
  await db.job.updateMany({
    where: { id: job.id, lockedBy: job.workerId, status: "RUNNING" },
    data: done
      ? { status: "DONE", progress: 1, result: outcome.result, ...(outcome.message ? { message: outcome.message } : {}), leaseUntil: null, finishedAt: new Date() }
      : { status: "FAILED", lastError: outcome.error.slice(0, 2000), leaseUntil: null, finishedAt: new Date() },
  });
}
