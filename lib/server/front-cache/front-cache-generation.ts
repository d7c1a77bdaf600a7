// Every cache invalidation in this process (a local write, or another process's
// NOTIFY) bumps one counter; the front cache serves an entry only while the counter
// still has the value it had when the entry's render began. Kept on globalThis: the
// server and Next's bundled copy of lib/cache load this module separately.
const state = globalThis as { __modelwatchFrontCacheGeneration?: number };

export function frontCacheGeneration(): number {
  return state.__modelwatchFrontCacheGeneration ?? 0;
}

export function bumpFrontCacheGeneration(): void {
  state.__modelwatchFrontCacheGeneration = frontCacheGeneration() + 1;
}
