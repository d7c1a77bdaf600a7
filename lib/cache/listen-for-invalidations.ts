import pg from "pg";
import { getEnv } from "@/lib/env";
import { getLogger } from "@/lib/log/logger";
import { cacheTags } from "./cache-tags";
import { expireTagsLocally } from "./expire-tags-locally";
import { INVALIDATION_CHANNEL, parseNotice, processOrigin } from "./invalidation-channel";

const RETRY_MS = 5_000;

// One listener per process, shared by every bundled copy of this module.
const state = globalThis as { __modelwatchCacheListener?: Promise<void> };

const log = (msg: string) => getLogger().warn({ area: "cache invalidation listener" }, msg);

/** After a gap in listening, notices may have been missed: drop everything cached. */
function restartLater(): void {
  setTimeout(() => {
    state.__modelwatchCacheListener = undefined;
    void expireTagsLocally([cacheTags.all]);
  }, RETRY_MS).unref();
}

async function connect(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, application_name: "modelwatch-cache-listener" });
  let failed = false;
  const fail = (err: unknown) => {
    if (failed) return;
    failed = true;
    log(`${err instanceof Error ? err.message : String(err)}; reconnecting in ${RETRY_MS / 1000}s`);
    client.end().catch(() => {});
    restartLater();
  };
  client.on("error", fail);
  client.on("end", () => fail(new Error("connection closed")));
  client.on("notification", (msg) => {
    const notice = msg.channel === INVALIDATION_CHANNEL ? parseNotice(msg.payload) : null;
    if (notice && notice.origin !== processOrigin()) void expireTagsLocally(notice.tags);
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${INVALIDATION_CHANNEL}`);
  } catch (err) {
    fail(err);
  }
}

/**
 * With PostgreSQL, several server processes may share one database: each one
 * LISTENs for the tags the others invalidate and expires them in its own
 * cache. Started by the first cached read (a process that has cached nothing
 * has nothing to expire); never fails a read — while disconnected it retries,
 * and after reconnecting it drops its whole cache, since notices sent in the
 * gap are lost. The embedded database has one process: nothing to listen for.
 */
export function listenForInvalidations(): Promise<void> {
  const url = getEnv().DATABASE_URL;
  if (!url || !process.env.NEXT_RUNTIME) return Promise.resolve();
  state.__modelwatchCacheListener ??= connect(url);
  return state.__modelwatchCacheListener;
}
