import os from "node:os";
import type { Db } from "../db";
import { getEnv } from "../env";
import { getLogger } from "../log/logger";
import { hasDueFeeds } from "../news/ingest/has-due-feeds";
import { hasDueSources } from "../sources/claim-due-sources";
import { FETCH_SOURCES_JOB } from "../sources/fetch-due-sources-job";
import { createDeliveryTransport, type DeliveryTransport } from "../watch/delivery-transport";
import { runDeliveryOnce } from "../watch/run-delivery-once";
import { runNextJob, runOwnJob } from "./run-next-job";
import { wakeableSleep } from "./wake-workers";

export interface WorkerOptions {
  signal: AbortSignal;
  workerId?: string;
  /** How often an idle worker looks for due feeds and queued jobs. */
  pollMs?: number;
  log?: (line: string) => void;
  /** How notifications leave; default: from the environment (which refuses to start without NEXTAUTH_URL in production). */
  transport?: DeliveryTransport;
}

export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
}

export interface TickOptions {
  workerId: string;
  signal?: AbortSignal;
  /** How notifications leave (mail, webhooks); default: from the environment. */
  transport?: DeliveryTransport;
}

/**
 * One pass of background work: an ingestion run when feeds are due (several
 * workers fetch side by side, each feed leased by one), a run of due
 * leaderboard sources (leased the same way), every queued job, then
 * the subscribers' pipeline (signals fanned out to watchers, due e-mails and
 * webhooks sent, each delivery leased).
 */
export async function workerTick(db: Db, { workerId, signal, transport }: TickOptions): Promise<void> {
  if (await hasDueFeeds(db)) await runOwnJob(db, "news.ingest", { workerId, signal });
  if (!signal?.aborted && (await hasDueSources(db))) await runOwnJob(db, FETCH_SOURCES_JOB, { workerId, signal });
  while (!signal?.aborted && (await runNextJob(db, { workerId, signal }))) {
    // next job
  }
  if (!signal?.aborted) await runDeliveryOnce(db, { transport: transport ?? createDeliveryTransport(getEnv()) });
}

/** Runs ticks until the signal aborts; a failing tick is logged and the loop goes on. */
export async function runWorker(db: Db, opts: WorkerOptions): Promise<void> {
  const { signal, workerId = newWorkerId(), pollMs = 5_000, log = (l) => getLogger().info({ workerId }, l) } = opts;
  const transport = opts.transport ?? createDeliveryTransport(getEnv());
  log(`[worker] ${workerId} started`);
  while (!signal.aborted) {
    try {
      await workerTick(db, { workerId, signal, transport });
    } catch (err) {
      getLogger().child({ workerId }).error({ err }, "worker tick failed");
    }
    await wakeableSleep(pollMs, signal);
  }
  log(`[worker] ${workerId} stopped`);
}
