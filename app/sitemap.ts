import type { MetadataRoute } from "next";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/cache-tags";
import { listSitemapEntries } from "@/lib/models/list-sitemap-entries";
import { absoluteUrl, getSiteUrl } from "@/lib/site-url";

// Rendered per request, never at build time (the build must not open the
// database), from a cached read that any catalog change expires.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = getSiteUrl();
  const { models, leaderboards } = await cachedRead(["sitemap"], [cacheTags.catalog], () => listSitemapEntries());
  const newest = [...models, ...leaderboards].reduce<Date | undefined>(
    (max, e) => (!max || e.lastModified > max ? e.lastModified : max),
    undefined,
  );
  return [
    { url: absoluteUrl("/", site), lastModified: newest, changeFrequency: "daily", priority: 1 },
    { url: absoluteUrl("/about", site), changeFrequency: "monthly", priority: 0.3 },
    { url: absoluteUrl("/leaderboards", site), lastModified: newest, changeFrequency: "daily", priority: 0.8 },
    ...leaderboards.map((b) => ({
      url: absoluteUrl(`/leaderboards/${b.slug}`, site),
      lastModified: b.lastModified,
      changeFrequency: "weekly" as const,
      priority: 0.7,
    })),
    ...models.map((m) => ({
      url: absoluteUrl(`/models/${m.slug}`, site),
      lastModified: m.lastModified,
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
  ];
}
