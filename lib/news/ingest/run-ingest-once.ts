import type { Db } from "../../db";
import { claimDueFeeds } from "./claim-due-feeds";
import { ingestFeed, loadModelNames, type IngestFeedOptions, type IngestFeedResult } from "./ingest-feed";

export interface IngestProgress {
  done: number;
  total: number;
  newItems: number;
  last: IngestFeedResult;
}

export interface RunIngestOnceOptions extends Omit<IngestFeedOptions, "models"> {
  /** Feeds fetched at the same time. */
  concurrency?: number;
  /** Longer than a feed's 20 s fetch budget plus its write, with room to spare. */
  leaseMs?: number;
  /** Called once the due feeds are leased, before any is fetched. */
  onClaimed?: (total: number) => void;
  onProgress?: (progress: IngestProgress) => void;
  /** When aborted, feeds not yet started are released (not fetched) and the run ends after those in flight. */
  signal?: AbortSignal;
}

/** Every due feed claimed once and ingested with a concurrency limit; one feed's failure never stops the others. */
export async function runIngestOnce(db: Db, opts: RunIngestOnceOptions = {}): Promise<IngestFeedResult[]> {
  const { concurrency = 8, leaseMs = 10 * 60_000, onClaimed, onProgress, signal, ...feedOpts } = opts;
  const ids = await claimDueFeeds(db, { limit: 100_000, leaseMs, now: feedOpts.now?.() });
  if (ids.length === 0) return [];
  onClaimed?.(ids.length);
  const models = await loadModelNames(db);
  const results: IngestFeedResult[] = new Array(ids.length);
  let next = 0;
  let done = 0;
  let newItems = 0;
  const worker = async () => {
    while (next < ids.length && !signal?.aborted) {
      const index = next++;
      const result = await ingestFeed(db, ids[index]!, { ...feedOpts, models });
      results[index] = result;
      done += 1;
      newItems += result.newItems;
      onProgress?.({ done, total: ids.length, newItems, last: result });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, ids.length)) }, worker));
  if (next < ids.length) {
    // Stopped early: free the leases of feeds never started so another worker takes them at once.
    await db.feed.updateMany({ where: { id: { in: ids.slice(next) } }, data: { leaseUntil: null } });
  }
  return results.filter(Boolean);
}
