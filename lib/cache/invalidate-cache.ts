// Called after a transaction commits, never inside it: a cached page must not
// be rebuilt from data that might still roll back.
import { getDb, type Db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { getLogger } from "@/lib/log/logger";
import { expireTagsLocally } from "./expire-tags-locally";
import { INVALIDATION_CHANNEL, processOrigin, toNoticePayloads } from "./invalidation-channel";

/**
 * Expires every cached page, feed and API read carrying one of `tags`
 * (cache-tags.ts), so the next request renders fresh data: at once in this
 * server process, and — on PostgreSQL — in every other server process on the
 * same database through NOTIFY (listen-for-invalidations.ts), within the
 * milliseconds a notice takes to arrive. A CLI or worker process that changed
 * data calls it too: it has no cache of its own, but the servers hear it.
 * `db` is for callers holding their own connection (tests, tools).
 */
export async function invalidateCache(tags: Iterable<string>, opts: { db?: Db } = {}): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  await expireTagsLocally(unique);
  if (!opts.db && getEnv().databaseKind !== "postgres") return;
  try {
    const db = opts.db ?? (await getDb());
    for (const payload of toNoticePayloads(processOrigin(), unique)) {
      await db.$executeRaw`SELECT pg_notify(${INVALIDATION_CHANNEL}, ${payload})`;
    }
  } catch (err) {
    // The change is committed and this process is fresh; the other processes'
    // one-hour safety expiry (CACHE_SAFETY_SECONDS) bounds what they show.
    getLogger().error({ err }, "could not announce cache invalidation");
  }
}
