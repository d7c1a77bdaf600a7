import type { Db } from "../db";
import { getLogger } from "../log/logger";
import { claimNextJob, MAX_JOB_ATTEMPTS, type ClaimedJob } from "./claim-next-job";
import type { JobHandler } from "./job-context";
import { jobHandlers } from "./job-handlers";
import { finishJob, jobProgressReporter } from "./job-progress";

export interface RunJobOptions {
  workerId: string;
  /** Renewed on each progress report; a worker that dies frees its job when it expires. */
  leaseMs?: number;
  handlers?: Record<string, JobHandler>;
  signal?: AbortSignal;
}

const DEFAULT_LEASE_MS = 60_000;

/** Claims one runnable job and runs it to DONE or FAILED; returns false when none was waiting. */
export async function runNextJob(db: Db, opts: RunJobOptions): Promise<boolean> {
  const job = await claimNextJob(db, { workerId: opts.workerId, leaseMs: opts.leaseMs ?? DEFAULT_LEASE_MS });
  if (!job) return false;
  await runClaimedJob(db, job, opts);
  return true;
}

/** Creates a job already held by this worker and runs it: work the worker found itself, recorded like any job. */
export async function runOwnJob(db: Db, type: string, opts: RunJobOptions): Promise<void> {
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const now = new Date();
  const row = await db.job.create({
    data: { type, status: "RUNNING", lockedBy: opts.workerId, leaseUntil: new Date(now.getTime() + leaseMs), attempts: 1, startedAt: now },
    select: { id: true, type: true, payload: true, attempts: true },
  });
  await runClaimedJob(db, row, opts);
}

async function runClaimedJob(db: Db, job: ClaimedJob, opts: RunJobOptions): Promise<void> {
  const { workerId, leaseMs = DEFAULT_LEASE_MS, handlers = jobHandlers, signal } = opts;
  const holder = { id: job.id, workerId };
  const handler = handlers[job.type];
  const log = getLogger().child({ workerId, job: job.id, jobType: job.type, attempt: job.attempts });
  if (!handler) {
    await finishJob(db, holder, { error: `No handler for job type "${job.type}".` });
    return;
  }
  if (job.attempts > MAX_JOB_ATTEMPTS) {
    await finishJob(db, holder, { error: `Gave up after ${MAX_JOB_ATTEMPTS} attempts: each time its worker stopped before it finished.` });
    return;
  }
  try {
    const progress = jobProgressReporter(db, { ...holder, leaseMs });
    log.info("job started");
    const result = await handler({ db, job, workerId, progress, signal });
    await finishJob(db, holder, { result });
    log.info("job done");
  } catch (err) {
    log.error({ err }, "job failed");
    await finishJob(db, holder, { error: (err as Error).message || String(err) });
  }
}
