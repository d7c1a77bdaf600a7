import { feedNotFound } from "@/lib/feeds/atom-response";
import { getLeaderboardFeedOrNull } from "@/lib/feeds/get-leaderboard-feed";
import { FEED_SLUG, serveFeed } from "@/lib/feeds/serve-feed";

// Reads the database on every request; never prerendered at build time.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const detail = `No leaderboard with the slug "${slug}".`;
  if (!FEED_SLUG.test(slug)) return feedNotFound(detail);
  return serveFeed(request, (site) => getLeaderboardFeedOrNull(slug, site), detail);
}
