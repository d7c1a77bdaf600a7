import type { Db } from "../../db";
import { claimDueFeeds } from "./claim-due-feeds";
import type { ModelNames } from "../match/match-models";
import { ingestFeed, loadModelNames, type IngestFeedOptions, type IngestFeedResult } from "./ingest-feed";

export interface IngestProgress {
  done: number;
  /** Feeds leased so far by this run (all due feeds at once unless claimed in batches). */
  total: number;
  newItems: number;
  last: IngestFeedResult;
}

export interface RunIngestOnceOptions extends Omit<IngestFeedOptions, "models"> {
  /** Feeds fetched at the same time. */
  concurrency?: number;
  /**
   * Feeds leased per claim. Default: every due feed at once (a one-shot run knows its total).
   * Workers claim a few at a time so that several workers share the due feeds.
   */
  claimBatch?: number;
  /** Longer than a feed's 20 s fetch budget plus its write, with room to spare. */
  leaseMs?: number;
  /** Called after each claim that leased feeds, with the number leased so far. */
  onClaimed?: (total: number) => void;
  onProgress?: (progress: IngestProgress) => void;
  /** When aborted, leased feeds not yet started are handed back and the run ends after those in flight. */
  signal?: AbortSignal;
}

/** Due feeds claimed (leased) and ingested with a concurrency limit until none is due; one feed's failure never stops the others. */
export async function runIngestOnce(db: Db, opts: RunIngestOnceOptions = {}): Promise<IngestFeedResult[]> {
  const { concurrency = 8, claimBatch = 100_000, leaseMs = 10 * 60_000, onClaimed, onProgress, signal, ...feedOpts } = opts;
  const queue: string[] = [];
  const results: IngestFeedResult[] = [];
  let total = 0;
  let newItems = 0;
  let exhausted = false;
  let claiming: Promise<void> | null = null;
  let models: readonly ModelNames[] | null = null;
  const commonWords = new Set<string>();

  // One claim at a time per run; slots waiting for work share it.
  const refill = () =>
    (claiming ??= (async () => {
      const ids = await claimDueFeeds(db, { limit: claimBatch, leaseMs, now: feedOpts.now?.() });
      if (ids.length === 0) exhausted = true;
      else {
        models ??= await loadModelNames(db);
        queue.push(...ids);
        total += ids.length;
        onClaimed?.(total);
      }
      // A one-shot run claims every due feed in its first claim; asking again would re-claim feeds that failed during it.
      if (ids.length < claimBatch) exhausted = true;
    })().finally(() => (claiming = null)));

  const slot = async () => {
    for (;;) {
      while (queue.length === 0 && !exhausted && !signal?.aborted) await refill();
      if (signal?.aborted || queue.length === 0) return;
      const id = queue.shift()!;
      const result = await ingestFeed(db, id, { ...feedOpts, models: models!, commonWords });
      results.push(result);
      newItems += result.newItems;
      onProgress?.({ done: results.length, total, newItems, last: result });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, slot));
  if (queue.length > 0) {
    // Stopped early: hand back the leases of feeds never started so another worker takes them at once.
    await db.feed.updateMany({ where: { id: { in: queue } }, data: { leaseUntil: null } });
  }
  return results;
}
