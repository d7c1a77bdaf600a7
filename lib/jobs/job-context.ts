import type { Db, Prisma } from "../db";

/**
 * Reports progress from a job's current holder: fraction 0..1, a line for the
 * editor watching it, and optional figures kept in the job's result while it
 * runs. Returns false once the job is no longer this worker's.
 */
export type ReportProgress = (fraction: number, message?: string, detail?: Prisma.InputJsonValue) => Promise<boolean>;

export interface JobContext {
  db: Db;
  job: { id: string; payload: unknown; attempts: number };
  workerId: string;
  progress: ReportProgress;
  /** Aborted when the worker is asked to stop: finish or hand back what is in flight. */
  signal?: AbortSignal;
}

export type JobHandler = (ctx: JobContext) => Promise<Prisma.InputJsonValue>;
