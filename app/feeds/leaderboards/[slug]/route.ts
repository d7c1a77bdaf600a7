import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { feedNotFound } from "@/lib/feeds/atom-response";
import { getLeaderboardFeedOrNull } from "@/lib/feeds/get-leaderboard-feed";
import { FEED_SLUG, serveFeed } from "@/lib/feeds/serve-feed";

// Answered per request (ETag/304) from a cached read expired by the board's tag; never prerendered at build time.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const detail = `No leaderboard with the slug "${slug}".`;
  if (!FEED_SLUG.test(slug)) return feedNotFound(detail);
  return serveFeed(
    request,
    (site) => cachedRead(["feed-board", slug, site.url("/")], [cacheTags.board(slug), cacheTags.catalog], () => getLeaderboardFeedOrNull(slug, site)),
    detail,
  );
}
