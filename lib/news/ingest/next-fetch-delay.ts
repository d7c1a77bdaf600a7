/** What the server (headers) and the feed (RSS <ttl>) say about when to come back. */
export interface FetchDelayHints {
  retryAfterMs?: number;
  maxAgeMs?: number;
  ttlMinutes?: number;
  /** Until the server's rate-limit window resets, when it says no request is left (X-RateLimit-*). */
  rateLimitWaitMs?: number;
}

export interface FetchDelayBounds {
  minMs: number;
  maxMs: number;
}

/** A server cannot make us hammer it (min) nor silence a feed for days (max). */
export const defaultFetchDelayBounds: FetchDelayBounds = { minMs: 5 * 60_000, maxMs: 24 * 60 * 60_000 };

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/**
 * `X-RateLimit-Remaining: 0` with `X-RateLimit-Reset`: how long until a request
 * is allowed again. The reset is seconds from now, or a Unix time in seconds
 * when it is that large (both conventions are in use). Nothing while requests remain.
 */
export function parseRateLimitWait(remaining: string | undefined, reset: string | undefined, now: Date): number | undefined {
  if (remaining === undefined || Number(remaining.trim()) !== 0 || !reset || !/^\s*\d+(\.\d+)?\s*$/.test(reset)) return undefined;
  const seconds = Number(reset);
  return seconds > 1_000_000_000 ? Math.max(0, seconds * 1000 - now.getTime()) : seconds * 1000;
}

/** `max-age` (or `s-maxage`) from Cache-Control; no-store / no-cache mean "no hint". */
export function parseMaxAge(cacheControl: string | undefined): number | undefined {
  if (!cacheControl) return undefined;
  const match = /(?:^|[,\s])(?:s-)?max-age\s*=\s*"?(\d+)"?/i.exec(cacheControl);
  return match ? Number(match[1]) * 1000 : undefined;
}

/** The longest wait any hint asks for, within bounds; null when there is no hint. */
export function suggestNextFetchDelay(
  hints: FetchDelayHints,
  bounds: FetchDelayBounds = defaultFetchDelayBounds,
): number | null {
  const asked = [hints.retryAfterMs, hints.maxAgeMs, hints.ttlMinutes === undefined ? undefined : hints.ttlMinutes * 60_000, hints.rateLimitWaitMs]
    .filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (asked.length === 0) return null;
  return Math.min(bounds.maxMs, Math.max(bounds.minMs, ...asked));
}
