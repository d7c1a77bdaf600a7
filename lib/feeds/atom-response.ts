import { createHash } from "node:crypto";
import { ATOM_CONTENT_TYPE } from "./build-atom-feed";

/**
 * Readers poll feeds; they may keep a copy but must ask again each time
 * (no-cache), and the ETag turns an unchanged feed into an empty 304. A
 * change is therefore visible on the next poll, never after a timeout.
 */
export const FEED_CACHE_CONTROL = "public, no-cache";

/** A strong validator from the body: the body is deterministic for the same data (no "now" in it). */
export function etagFor(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** RFC 9110 If-None-Match: "*" or a list of tags, compared weakly (W/ ignored). */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === bare);
}

/** 200 with the feed, or 304 when the client already has this version. */
export function atomResponse(request: Request, body: string): Response {
  const etag = etagFor(body);
  const headers = { ETag: etag, "Cache-Control": FEED_CACHE_CONTROL };
  if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": ATOM_CONTENT_TYPE } });
}

/** RFC 9457 problem for an unknown feed; revalidated like a feed, so a model created later shows up at once. */
export function feedNotFound(detail: string): Response {
  return Response.json(
    { type: "about:blank", title: "Not Found", status: 404, detail },
    { status: 404, headers: { "Content-Type": "application/problem+json", "Cache-Control": FEED_CACHE_CONTROL } },
  );
}
