import type { Prisma, Tx } from "../db";

export interface JobInput {
  type: string;
  payload?: Prisma.InputJsonValue;
  createdById?: string | null;
  runAt?: Date;
}

/**
 * Queues background work in the caller's transaction, so the job exists if and
 * only if the change that asked for it committed. A worker picks it up.
 */
export async function enqueueJob(tx: Tx, job: JobInput): Promise<{ id: string }> {
  return tx.job.create({
    data: { type: job.type, payload: job.payload ?? {}, createdById: job.createdById ?? null, runAt: job.runAt ?? new Date() },
    select: { id: true },
  });
}
