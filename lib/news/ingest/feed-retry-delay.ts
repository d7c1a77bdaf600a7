const MINUTE = 60_000;
/** However broken a feed is, it is tried again at least daily. */
export const MAX_BACKOFF_MS = 24 * 60 * MINUTE;

/** After a success: the feed's interval, or longer when the server or the feed asked for it. */
export function successDelayMs(intervalMinutes: number, suggestedMs: number | null): number {
  return Math.max(intervalMinutes * MINUTE, suggestedMs ?? 0);
}

/** After the n-th consecutive error: interval × 2^n, capped, never sooner than Retry-After. */
export function errorDelayMs(intervalMinutes: number, consecutiveErrors: number, retryAfterMs?: number): number {
  const backoff = Math.min(MAX_BACKOFF_MS, intervalMinutes * MINUTE * 2 ** Math.min(consecutiveErrors, 30));
  return Math.max(backoff, retryAfterMs ?? 0);
}
