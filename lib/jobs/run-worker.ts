import os from "node:os";
import type { Db } from "../db";
import { hasDueFeeds } from "../news/ingest/has-due-feeds";
import { runNextJob, runOwnJob } from "./run-next-job";
import { wakeableSleep } from "./wake-workers";

export interface WorkerOptions {
  signal: AbortSignal;
  workerId?: string;
  /** How often an idle worker looks for due feeds and queued jobs. */
  pollMs?: number;
  log?: (line: string) => void;
}

export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * One pass of background work: an ingestion run when feeds are due (several
 * workers fetch side by side, each feed leased by one), then every queued job.
 */
export async function workerTick(db: Db, { workerId, signal }: { workerId: string; signal?: AbortSignal }): Promise<void> {
  if (await hasDueFeeds(db)) await runOwnJob(db, "news.ingest", { workerId, signal });
  while (!signal?.aborted && (await runNextJob(db, { workerId, signal }))) {
    // next job
  }
}

/** Runs ticks until the signal aborts; a failing tick is logged and the loop goes on. */
export async function runWorker(db: Db, opts: WorkerOptions): Promise<void> {
  const { signal, workerId = newWorkerId(), pollMs = 5_000, log = (l) => console.log(l) } = opts;
  log(`[worker] ${workerId} started`);
  while (!signal.aborted) {
    try {
      await workerTick(db, { workerId, signal });
    } catch (err) {
      log(`[worker] tick failed: ${(err as Error).message}`);
    }
    await wakeableSleep(pollMs, signal);
  }
  log(`[worker] ${workerId} stopped`);
}
