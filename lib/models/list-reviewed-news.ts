import { getDb, type Db } from "@/lib/db";

export interface ReviewedNewsItem {
  id: string;
  title: string;
  url: string;
  sourceName: string | null;
  publishedAt: Date;
  /** Sanitized HTML (allowlisted at ingest). */
  summary: string | null;
  /** Slugs of the models an editor confirmed the item is about. */
  models: string[];
  isDemo: boolean;
  /** Primary language subtag ("zh", "en"), null when unknown. */
  language: string | null;
}

/**
 * News an editor reviewed as relevant, newest first (then id, descending),
 * resumed after a (publishedAt, id) key; optionally only items confirmed as
 * being about one model. Suggested matches never leave the review queue.
 */
export async function listReviewedNews(
  opts: { modelId?: string; after?: { publishedAt: Date; id: string }; take: number },
  db?: Db,
): Promise<ReviewedNewsItem[]> {
  const client = db ?? (await getDb());
  const after = opts.after;
  const rows = await client.newsItem.findMany({
    where: {
      reviewStatus: "RELEVANT",
      ...(opts.modelId ? { links: { some: { modelId: opts.modelId, state: "CONFIRMED" } } } : {}),
      ...(after
        ? { OR: [{ publishedAt: { lt: after.publishedAt } }, { publishedAt: after.publishedAt, id: { lt: after.id } }] }
        : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: opts.take,
    select: {
      id: true,
      title: true,
      url: true,
      canonicalUrl: true,
      sourceName: true,
      summary: true,
      publishedAt: true,
      isDemo: true,
      language: true,
      feed: { select: { title: true } },
      links: { where: { state: "CONFIRMED" }, select: { model: { select: { slug: true } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    url: r.canonicalUrl || r.url,
    sourceName: r.sourceName ?? r.feed?.title ?? null,
    publishedAt: r.publishedAt,
    summary: r.summary,
    models: r.links.map((l) => l.model.slug).sort(),
    isDemo: r.isDemo,
    language: r.language,
  }));
}
