import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { feedNotFound } from "@/lib/feeds/atom-response";
import { getModelFeedOrNull } from "@/lib/feeds/get-model-feed";
import { FEED_SLUG, serveFeed } from "@/lib/feeds/serve-feed";
import { findSlugRedirect } from "@/lib/models/find-slug-redirect";

// Answered per request (ETag/304) from a cached read expired by the model's tag; never prerendered at build time.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

const moved = (slug: string) => new Response(null, { status: 301, headers: { Location: `/feeds/models/${slug}` } });

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { slug } = await params;
  const detail = `No model with the slug "${slug}".`;
  // Slugs are lower-case; a hand-typed capital should not break a subscription (as on the profile page).
  const lower = slug.toLowerCase();
  if (lower !== slug && FEED_SLUG.test(lower)) return moved(lower);
  if (!FEED_SLUG.test(slug)) return feedNotFound(detail);
  const response = await serveFeed(
    request,
    (site) => cachedRead(["feed-model", slug, site.url("/")], [cacheTags.model(slug)], () => getModelFeedOrNull(slug, site)),
    detail,
  );
  if (response.status !== 404) return response;
  // A merged or renamed model's old feed URL keeps working for subscribers.
  const target = await findSlugRedirect(slug);
  return target ? moved(target) : response;
}
