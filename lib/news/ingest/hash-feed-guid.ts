import { createHash } from "node:crypto";

/** Dedupe key within a feed: SHA-256 of the GUID, else of the canonical URL, else of title and text. */
export function hashFeedGuid(guid: string | null, canonicalUrl: string | null, fallback: string): string {
  const key = guid?.trim() || (canonicalUrl ? `url:${canonicalUrl}` : `text:${fallback}`);
  return createHash("sha256").update(key).digest("hex");
}
