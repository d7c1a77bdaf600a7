import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { ByteBudgetLru } from "./byte-budget-lru";
import { etagMatches, toCachedResponse, type CachedResponse } from "./cached-response";
import { captureResponse } from "./capture-response";
import { frontCacheGeneration } from "./front-cache-generation";
import { cdnCacheControl, frontCacheKey, isCacheableRequest, storableFor } from "./front-cache-policy";
import { negotiateEncoding } from "./negotiate-encoding";

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface FrontCacheOptions {
  /** Memory the cached responses (all their encodings) may take. */
  budgetBytes: number;
  /** The longest any response is kept; writes drop entries sooner. */
  maxTtlMs: number;
  /** The s-maxage public pages tell CDNs and other shared caches. */
  cdnMaxAgeSeconds: number;
  /** Whether the request came over HTTPS (directly or from a trusted proxy). */
  isHttps(req: IncomingMessage): boolean;
  now?: () => number;
}

export interface FrontCache {
  handle: NodeHandler;
  stats(): { entries: number; bytes: number; hits: number; misses: number };
  clear(): void;
}

function identityBody(body: Buffer, coding: string | undefined): Buffer | null {
  switch ((coding ?? "identity").toLowerCase()) {
    case "identity":
      return body;
    case "gzip":
      return gunzipSync(body);
    case "br":
      return brotliDecompressSync(body);
    case "deflate":
      return inflateSync(body);
    default:
      return null;
  }
}

function serve(req: IncomingMessage, res: ServerResponse, entry: CachedResponse): void {
  const flat: string[] = ["x-modelwatch-cache", "hit"];
  if (etagMatches(req.headers["if-none-match"], entry.etag)) {
    for (const [n, v] of entry.headers) if (!n.startsWith("content-")) flat.push(n, v);
    res.writeHead(304, flat);
    res.end();
    return;
  }
  for (const [n, v] of entry.headers) flat.push(n, v);
  const coding = negotiateEncoding(req.headers["accept-encoding"]);
  const body = entry.bodies[coding] ?? entry.bodies.identity;
  if (body !== entry.bodies.identity) flat.push("content-encoding", coding);
  flat.push("content-length", String(body.length));
  res.writeHead(200, flat);
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * An in-memory cache in front of the application for anonymous reads of public pages,
 * feeds and API reads: the same bytes for every anonymous reader until a write changes
 * them, sent without routing or rendering. It stores only responses the application
 * marked shareable, answered to requests that carry nothing personal (no session cookie,
 * no Authorization, no secret in the query); any cache invalidation in this process —
 * a write here, or another process's NOTIFY — drops every entry (writes are rare next to
 * reads, and a whole-cache drop can never leave a stale page behind).
 */
export function withFrontCache(handler: NodeHandler, options: FrontCacheOptions): FrontCache {
  const lru = new ByteBudgetLru<CachedResponse>(options.budgetBytes);
  const now = options.now ?? Date.now;
  let hits = 0;
  let misses = 0;
  let seenGeneration = frontCacheGeneration();
  const rewrite = (name: string, value: string) => (name === "cache-control" ? cdnCacheControl(value, options.cdnMaxAgeSeconds) : value);

  const handle: NodeHandler = (req, res) => {
    const generation = frontCacheGeneration();
    if (generation !== seenGeneration) {
      lru.clear();
      seenGeneration = generation;
    }
    const cacheable = isCacheableRequest(req);
    const key = cacheable ? frontCacheKey(req.url ?? "/", options.isHttps(req)) : "";
    if (cacheable) {
      const entry = lru.get(key);
      if (entry && entry.expiresAt > now()) {
        hits++;
        serve(req, res, entry);
        return;
      }
      misses++;
    }
    captureResponse(res, cacheable && req.method === "GET" ? options.budgetBytes / 8 : 0, rewrite, (captured) => {
      if (!cacheable || req.method !== "GET" || captured.body === null) return;
      // A write while this response was being made: it may hold data from before the write.
      if (frontCacheGeneration() !== generation) return;
      const ttl = storableFor(captured.status, captured.headers, options.maxTtlMs);
      if (ttl === null) return;
      let identity: Buffer | null;
      try {
        identity = identityBody(captured.body, captured.headers["content-encoding"] as string | undefined);
      } catch {
        return; // a body that does not decode is not worth keeping
      }
      if (!identity) return;
      const headers = { ...captured.headers };
      if (typeof headers["cache-control"] === "string") headers["cache-control"] = rewrite("cache-control", headers["cache-control"]);
      lru.set(key, toCachedResponse(headers, identity, generation, now() + ttl));
    });
    return handler(req, res);
  };

  return {
    handle,
    stats: () => ({ entries: lru.size, bytes: lru.bytes, hits, misses }),
    clear: () => lru.clear(),
  };
}
