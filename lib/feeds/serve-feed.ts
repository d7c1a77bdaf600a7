import { getEnv } from "@/lib/env";
import { atomResponse, feedNotFound } from "./atom-response";
import { buildAtomFeed, type AtomFeed } from "./build-atom-feed";
import { resolveFeedSite, type FeedSite } from "./feed-site";

/** Slugs are lower-case words and hyphens; anything else cannot exist, so it never reaches the database. */
export const FEED_SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/**
 * What every feed route does: resolve the site URL, load the feed (null =
 * unknown), render it and answer with ETag/304. Routes stay one call.
 */
export async function serveFeed(
  request: Request,
  load: (site: FeedSite) => Promise<AtomFeed | null>,
  notFoundDetail: string,
): Promise<Response> {
  const site = resolveFeedSite({ url: request.url, host: request.headers.get("host") }, getEnv().NEXTAUTH_URL);
  const feed = await load(site);
  if (!feed) return feedNotFound(notFoundDetail);
  return atomResponse(request, buildAtomFeed(feed));
}
