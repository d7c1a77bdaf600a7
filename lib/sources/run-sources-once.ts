import type { Db } from "@/lib/db";
import { claimDueSources } from "./claim-due-sources";
import { fetchSource, type FetchSourceOptions, type FetchSourceResult } from "./fetch-source";

export interface RunSourcesOptions extends FetchSourceOptions {
  /** Sources fetched at the same time. */
  concurrency?: number;
  /** Every enabled source now, due or not (`mw sources fetch --all`). */
  all?: boolean;
  /** Longer than a fetch's 20 s budget plus its write. */
  leaseMs?: number;
  onProgress?: (done: number, total: number, last: FetchSourceResult) => void;
  signal?: AbortSignal;
}

/** Leases the due sources and fetches them a few at a time; one source's failure never stops the others. */
export async function runSourcesOnce(db: Db, opts: RunSourcesOptions = {}): Promise<FetchSourceResult[]> {
  const { concurrency = 4, all = false, leaseMs = 10 * 60_000, onProgress, signal, ...fetchOpts } = opts;
  const now = fetchOpts.now?.() ?? new Date();
  if (all) await db.leaderboardSource.updateMany({ where: { enabled: true, nextFetchAt: { gt: now } }, data: { nextFetchAt: now } });
  const queue = await claimDueSources(db, { limit: 100_000, leaseMs, now });
  const total = queue.length;
  const results: FetchSourceResult[] = [];
  const slot = async () => {
    for (let id = queue.shift(); id !== undefined && !signal?.aborted; id = queue.shift()) {
      const result = await fetchSource(db, id, fetchOpts);
      results.push(result);
      onProgress?.(results.length, total, result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, total)) }, slot));
  // Stopped early: hand back the sources never started so another worker takes them at once.
  if (queue.length > 0) await db.leaderboardSource.updateMany({ where: { id: { in: queue } }, data: { leaseUntil: null } });
  return results;
}
