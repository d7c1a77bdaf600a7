import { getDb, type Db } from "@/lib/db";

export interface ModelNewsItem {
  id: string;
  title: string;
  url: string;
  sourceName: string | null;
  publishedAt: Date;
  isDemo: boolean;
  /** Primary language subtag ("zh", "en"), null when unknown. */
  language: string | null;
}

/**
 * Recent news an editor has reviewed as relevant and confirmed as being about
 * this model. Suggested matches and unreviewed items stay in the review queue.
 */
export async function listModelNews(modelId: string, opts: { limit?: number } = {}, db?: Db): Promise<ModelNewsItem[]> {
  const client = db ?? (await getDb());
  const rows = await client.newsItem.findMany({
    where: { reviewStatus: "RELEVANT", links: { some: { modelId, state: "CONFIRMED" } } },
    orderBy: { publishedAt: "desc" },
    take: opts.limit ?? 6,
    select: {
      id: true,
      title: true,
      url: true,
      canonicalUrl: true,
      sourceName: true,
      publishedAt: true,
      isDemo: true,
      language: true,
      feed: { select: { title: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    url: r.canonicalUrl || r.url,
    sourceName: r.sourceName ?? r.feed?.title ?? null,
    publishedAt: r.publishedAt,
    isDemo: r.isDemo,
    language: r.language,
  }));
}
