import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { FeedFetchError } from "./feed-fetch-error";
import { parseMaxAge, parseRateLimitWait, parseRetryAfter, suggestNextFetchDelay, type FetchDelayHints } from "./next-fetch-delay";
import { readCappedBody } from "./read-capped-body";
import { addressPolicy, resolveFeedHost, systemResolver, type HostResolver, type ResolvedAddress } from "./resolve-feed-host";

export interface FetchFeedOptions {
  /** Validators from the previous successful fetch, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  /** FEED_ALLOW_PRIVATE_NETWORKS: lets tests and intranets reach private addresses. */
  allowPrivateNetworks?: boolean;
  resolve?: HostResolver;
  /** Overrides the address policy derived from allowPrivateNetworks (tests, explicit intranet allowlists). */
  isAllowedAddress?: (address: string) => boolean;
  /** Total budget: DNS, every redirect hop, headers and the whole body. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** What the caller reads (default: feed types); leaderboard sources ask for JSON or CSV. */
  accept?: string;
  /**
   * Extra request headers (a source's API key). Sent only to the origin of the
   * URL asked for: a redirect elsewhere goes without them, so a secret never
   * follows a redirect to another host.
   */
  headers?: Readonly<Record<string, string>>;
  now?: () => Date;
}

interface FetchMeta {
  /** The URL after redirects: relative links in the feed resolve against it. */
  url: string;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: Date;
  hints: FetchDelayHints;
  /** From headers only; add the feed's <ttl> with suggestNextFetchDelay once parsed. */
  nextFetchDelayMs: number | null;
}

export type FetchFeedResult =
  | (FetchMeta & { kind: "not-modified" })
  | (FetchMeta & {
      kind: "fetched";
      status: number;
      body: Buffer;
      contentType: string | null;
      contentLocation: string | null;
    });

export const FEED_TIMEOUT_MS = 20_000;
export const FEED_MAX_BYTES = 15 * 1024 * 1024;
export const FEED_MAX_REDIRECTS = 5;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

function header(res: IncomingMessage, name: string): string | undefined {
  const value = res.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseFeedUrl(raw: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FeedFetchError("invalid-url", `"${raw}" is not a valid URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FeedFetchError("invalid-url", `Only http and https feeds can be fetched, not ${url.protocol}.`);
  if (url.username || url.password) throw new FeedFetchError("invalid-url", "Feed URLs must not carry credentials.");
  return url;
}

/** Connects to exactly the address that was checked, whatever DNS says now. */
function pinnedLookup(pinned: ResolvedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: pinned.address, family: pinned.family }]);
    else callback(null, pinned.address, pinned.family);
  };
}

function request(url: URL, address: ResolvedAddress, headers: Record<string, string>, signal: AbortSignal) {
  return new Promise<IncomingMessage>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, { method: "GET", headers, lookup: pinnedLookup(address), signal, agent: false });
    req.once("response", resolve);
    req.once("error", reject);
    req.end();
  });
}

/** Races a promise that cannot be cancelled (DNS) against the deadline. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * GETs a feed as a careful reader: conditional, compressed, bounded in time
 * and size, redirects followed a few times, and never to a private address
 * (checked after DNS on every hop). Every failure is a FeedFetchError.
 */
export async function fetchFeed(rawUrl: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? FEED_MAX_BYTES;
  const maxRedirects = options.maxRedirects ?? FEED_MAX_REDIRECTS;
  const now = options.now ?? (() => new Date());
  let url = parseFeedUrl(rawUrl);
  const origin = url.origin;
  const deadline = new AbortController();
  const timeoutError = new FeedFetchError("timeout", `The feed did not answer completely within ${timeoutMs / 1000} s.`);
  const timer = setTimeout(() => deadline.abort(timeoutError), timeoutMs);
  try {
    const headers: Record<string, string> = {
      "user-agent": options.userAgent ?? "Modelwatch feed reader",
      accept: options.accept ?? "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
      "accept-encoding": "gzip, deflate, br",
    };
    if (options.etag) headers["if-none-match"] = options.etag;
    if (options.lastModified) headers["if-modified-since"] = options.lastModified;
    for (let hop = 0; ; hop++) {
      const address = await untilAborted(
        resolveFeedHost(url.hostname, {
          isAllowedAddress: options.isAllowedAddress ?? addressPolicy(options.allowPrivateNetworks ?? false),
          resolve: options.resolve ?? systemResolver,
        }),
        deadline.signal,
      );
      const sent = url.origin === origin ? { ...options.headers, ...headers } : headers;
      const res = await request(url, address, sent, deadline.signal);
      const status = res.statusCode ?? 0;
      const fetchedAt = now();
      const hints: FetchDelayHints = {
        retryAfterMs: parseRetryAfter(header(res, "retry-after"), fetchedAt),
        maxAgeMs: parseMaxAge(header(res, "cache-control")),
        rateLimitWaitMs: parseRateLimitWait(header(res, "x-ratelimit-remaining"), header(res, "x-ratelimit-reset"), fetchedAt),
      };
      const location = header(res, "location");
      if (redirectStatuses.has(status) && location) {
        res.destroy();
        if (hop >= maxRedirects) throw new FeedFetchError("too-many-redirects", `More than ${maxRedirects} redirects.`, { url: url.href });
        url = parseFeedUrl(location, url.href);
        continue;
      }
      const meta: FetchMeta = {
        url: url.href,
        etag: header(res, "etag") ?? options.etag ?? null,
        lastModified: header(res, "last-modified") ?? options.lastModified ?? null,
        fetchedAt,
        hints,
        nextFetchDelayMs: suggestNextFetchDelay(hints),
      };
      if (status === 304) {
        res.destroy();
        return { ...meta, kind: "not-modified" };
      }
      if (status < 200 || status >= 300) {
        res.destroy();
        throw new FeedFetchError("http-status", `The server answered HTTP ${status}.`, {
          status,
          url: url.href,
          retryAfterMs: status === 429 || status === 503 ? (meta.nextFetchDelayMs ?? undefined) : undefined,
        });
      }
      const declared = Number(header(res, "content-length"));
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.destroy();
        throw new FeedFetchError("too-large", `The feed declares ${declared} bytes; the limit is ${maxBytes}.`, { url: url.href });
      }
      const body = await readCappedBody(res, header(res, "content-encoding"), maxBytes);
      return {
        ...meta,
        kind: "fetched",
        status,
        body,
        contentType: header(res, "content-type") ?? null,
        contentLocation: header(res, "content-location") ?? null,
      };
    }
  } catch (error) {
    if (deadline.signal.aborted) throw timeoutError;
    if (error instanceof FeedFetchError) throw error;
    throw new FeedFetchError("connection", `Could not fetch the feed: ${(error as Error).message}`, { url: url.href, cause: error });
  } finally {
    clearTimeout(timer);
  }
}
