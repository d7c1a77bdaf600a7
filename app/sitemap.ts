import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/lib/models/list-sitemap-entries";
import { absoluteUrl, getSiteUrl } from "@/lib/site-url";

// Reads the database on every request: never prerendered at build time (the
// build must not open the database) and never stale after an edit.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = getSiteUrl();
  const { models, leaderboards } = await listSitemapEntries();
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
