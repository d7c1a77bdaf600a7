import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getVerificationsFeed } from "@/lib/feeds/get-verifications-feed";
import { serveFeed } from "@/lib/feeds/serve-feed";

// Answered per request (ETag/304) from a cached read expired by the catalog tag; never prerendered at build time.
export const dynamic = "force-dynamic";

export function GET(request: Request): Promise<Response> {
  return serveFeed(request, (site) => cachedRead(["feed-verifications", site.url("/")], [cacheTags.catalog], () => getVerificationsFeed(site)), "No verifications feed.");
}
