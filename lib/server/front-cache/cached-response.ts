import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { ContentCoding } from "./negotiate-encoding";

/** Headers never stored: they belong to one connection or one encoding of the body. */
// x-nextjs-cache tells how Next made the stored response; a hit from memory says x-modelwatch-cache instead.
const NOT_STORED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "age", "x-nextjs-cache"]);
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|rss\+xml|javascript|problem\+json|ld\+json)|image\/svg\+xml)/i;
/** Below this a compressed body saves less than its headers cost. */
const MIN_COMPRESS_BYTES = 1024;

export interface CachedResponse {
  bytes: number;
  generation: number;
  expiresAt: number;
  etag: string | null;
  /** Headers as [name, value] pairs, ready for writeHead, without a body coding. */
  headers: [string, string][];
  bodies: Partial<Record<ContentCoding, Buffer>> & { identity: Buffer };
}

/** Turns a captured response into a cache entry, with its gzip and br variants made once, now. */
export function toCachedResponse(
  headers: Record<string, string | string[] | number | undefined>,
  identity: Buffer,
  generation: number,
  expiresAt: number,
): CachedResponse {
  const pairs: [string, string][] = [];
  let vary = "";
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_STORED.has(name)) continue;
    if (name === "vary") {
      vary = String(value);
      continue;
    }
    for (const v of Array.isArray(value) ? value : [value]) pairs.push([name, String(v)]);
  }
  const bodies: CachedResponse["bodies"] = { identity };
  const type = String(headers["content-type"] ?? "");
  if (COMPRESSIBLE.test(type) && identity.length >= MIN_COMPRESS_BYTES) {
    bodies.gzip = gzipSync(identity, { level: 6 });
    bodies.br = brotliCompressSync(identity, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
    });
    // Whether a body is compressed depends on the request's Accept-Encoding: caches downstream must know.
    if (!/accept-encoding/i.test(vary)) vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  }
  if (vary) pairs.push(["vary", vary]);
  const etag = headers.etag === undefined ? null : String(headers.etag);
  let bytes = 512;
  for (const [n, v] of pairs) bytes += n.length + v.length;
  for (const body of Object.values(bodies)) bytes += body.length;
  return { bytes, generation, expiresAt, etag, headers: pairs, bodies };
}

/** Whether an If-None-Match header names this ETag (weak comparison, as for GET). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string | null): boolean {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => bare(t) === bare(etag));
}
