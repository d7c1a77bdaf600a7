import type { IncomingHttpHeaders } from "node:http";

// Which requests the front cache may answer or fill, and which responses it may keep.
// The rule of thumb: only what the application itself marked shareable (public or
// s-maxage, no Set-Cookie), asked for by a request that carries nothing personal.

/** Request headers that mean "this request is someone's": never served from, nor stored into, the cache. */
const PERSONAL_HEADERS = ["authorization", "proxy-authorization"];
/** Next's client-router requests (RSC payloads, prefetches) vary on these: left to Next. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "next-action"];
/** Cookies that carry a session (next-auth's, ours, any `__Secure-`/`__Host-` variant). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-|__Host-)?(?:modelwatch\.session|next-auth\.[a-z-]+|modelwatch\.[a-z-]+)=/i;
/** Query parameters that carry a secret or a capability. */
const PRIVATE_QUERY = /[?&](?:token|secret|key|signature|sig|code|state|callbackUrl|_rsc)=/i;

export interface CacheableRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}

/** Whether the cache may answer this request (and store what the application answers to it). */
export function isCacheableRequest(req: CacheableRequest): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "";
  if (!url.startsWith("/") || url.startsWith("/_next/") || url.startsWith("/api/auth")) return false;
  if (PRIVATE_QUERY.test(url)) return false;
  for (const name of [...PERSONAL_HEADERS, ...ROUTER_HEADERS]) if (req.headers[name] !== undefined) return false;
  const cookie = req.headers.cookie;
  if (cookie && SESSION_COOKIE.test(cookie)) return false;
  return true;
}

/** The cache key: the URL as asked, and whether it came over HTTPS (security headers differ). */
export function frontCacheKey(url: string, https: boolean): string {
  return `${https ? "s" : "h"} ${url}`;
}

function directives(cacheControl: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (cacheControl ?? "").toLowerCase().split(",")) {
    const [name, value = ""] = part.trim().split("=");
    if (name) out.set(name, value.replace(/"/g, ""));
  }
  return out;
}

/**
 * How long a response may be kept (ms), or null when it must not be: a 200 the
 * application marked shareable, without cookies or a Vary on anything personal.
 * Freshness beyond that is the invalidation generation's job, so responses that
 * say "revalidate each time" (no-cache, max-age=0 with an ETag) are kept up to
 * `maxTtlMs` and dropped at the next write.
 */
export function storableFor(status: number, headers: Record<string, string | string[] | number | undefined>, maxTtlMs: number): number | null {
  if (status !== 200 || headers["set-cookie"] !== undefined) return null;
  const cc = directives(String(headers["cache-control"] ?? ""));
  if (cc.has("private") || cc.has("no-store")) return null;
  if (!cc.has("public") && !cc.has("s-maxage")) return null;
  const vary = String(headers.vary ?? "").toLowerCase();
  if (/\b(authorization|cookie)\b|\*/.test(vary)) return null;
  const sMaxAge = Number(cc.get("s-maxage"));
  return Number.isFinite(sMaxAge) && sMaxAge > 0 ? Math.min(maxTtlMs, sMaxAge * 1000) : maxTtlMs;
}

/**
 * What a CDN in front of the site is told: a page's long s-maxage (Next's, for its own
 * cache) becomes `cdnMaxAgeSeconds`, so a correction shows behind a CDN within that time.
 */
export function cdnCacheControl(value: string, cdnMaxAgeSeconds: number): string {
  if (!/s-maxage=/i.test(value)) return value;
  return `public, max-age=0, s-maxage=${cdnMaxAgeSeconds}, stale-while-revalidate=${cdnMaxAgeSeconds}`;
}
