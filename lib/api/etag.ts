import { createHash } from "node:crypto";

/**
 * A weak validator from the body bytes. Weak, because the server may gzip the
 * same representation: the bytes on the wire differ, the meaning does not.
 */
export function weakEtag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

const ENTITY_TAG = /(?:W\/)?"([^"]*)"/g;

/** RFC 9110 If-None-Match with weak comparison: `*`, or any listed tag equal to ours ignoring W/. */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const ours = etag.replace(/^W\//, "");
  for (const m of header.matchAll(ENTITY_TAG)) {
    if (`"${m[1]}"` === ours) return true;
  }
  return false;
}
