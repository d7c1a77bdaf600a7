import { cache } from "react";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { getModelProfileOrNull, type ModelProfile } from "./get-model-profile";
import { listModelNews, type ModelNewsItem } from "./list-model-news";
import { listModelRatingHistory, type RatingHistory } from "./list-model-rating-history";

/** The latest few keep the profile light; the model's Atom feed carries the full record. */
const NEWS_LIMIT = 12;

export interface ModelPageData {
  profile: ModelProfile;
  histories: RatingHistory[];
  news: ModelNewsItem[];
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;

/**
 * Everything a model's profile (and its ratings table page) shows, as one
 * cached read tagged model:<slug>; null for an unknown slug (cached too, and
 * expired by the same tag when a model takes that slug). Deduplicated within a
 * render, so metadata and page share one load.
 */
export const loadModelPage = cache(async (slug: string): Promise<ModelPageData | null> => {
  if (!SLUG.test(slug)) return null;
  return cachedRead(["model-page", slug], [cacheTags.model(slug)], async () => {
    const profile = await getModelProfileOrNull(slug);
    if (!profile) return null;
    const [histories, news] = await Promise.all([
      listModelRatingHistory({ id: profile.id, name: profile.name }),
      listModelNews(profile.id, { limit: NEWS_LIMIT }),
    ]);
    return { profile, histories, news };
  });
});
