import type { Db } from "@/lib/db";
import { claimDueSources, countDueSources } from "./claim-due-sources";
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

/**
 * Fetches the due sources a few at a time until none is left; one source's
 * failure never stops the others. Each slot leases one source just before
 * fetching it, so a second worker running at the same time takes its share
 * of the rest instead of finding them all leased to the first.
 */
export async function runSourcesOnce(db: Db, opts: RunSourcesOptions = {}): Promise<FetchSourceResult[]> {
  const { concurrency = 4, all = false, leaseMs = 10 * 60_000, onProgress, signal, ...fetchOpts } = opts;
  const clock = fetchOpts.now ?? (() => new Date());
  const startedAt = clock();
  if (all) await db.leaderboardSource.updateMany({ where: { enabled: true, nextFetchAt: { gt: startedAt } }, data: { nextFetchAt: startedAt } });
  // For progress only: another worker may take some of these.
  const total = await countDueSources(db, startedAt);
  const results: FetchSourceResult[] = [];
  const slot = async () => {
    while (!signal?.aborted) {
      // A fetched source is scheduled at least 15 minutes on, so it is never claimed twice in a run.
      const [id] = await claimDueSources(db, { limit: 1, leaseMs, now: clock() });
      if (id === undefined) return;
      const result = await fetchSource(db, id, fetchOpts);
      results.push(result);
      onProgress?.(results.length, Math.max(total, results.length), result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, total || 1)) }, slot));
  return results;
}
