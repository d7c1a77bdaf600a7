import { revalidateTag } from "next/cache";
import { bumpFrontCacheGeneration } from "@/lib/server/front-cache/front-cache-generation";

interface IncrementalCacheLike {
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
}

/**
 * Expires `tags` in this server process's cache at once, so the next request
 * renders fresh data. Next's incremental cache (the server keeps the latest on
 * globalThis) takes the expiry directly, which works outside a request too
 * (background jobs, the cross-process listener); inside a request or Server
 * Action, revalidateTag also tells the client router to refetch.
 */
export async function expireTagsLocally(tags: readonly string[]): Promise<void> {
  if (tags.length === 0) return;
  // The server's front cache (lib/server/front-cache) drops every response it holds.
  bumpFrontCacheGeneration();
  if (!process.env.NEXT_RUNTIME) return;
  const cache = (globalThis as { __incrementalCache?: IncrementalCacheLike }).__incrementalCache;
  await cache?.revalidateTag([...tags], { expire: 0 });
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch {
    // No request in progress: the direct expiry above is all there is to do.
  }
}
