import { getDb, type Db } from "@/lib/db";
import type { AtomEntry, AtomFeed } from "./build-atom-feed";
import { claimEventEntry, claimEventSelect, PUBLIC_CLAIM_EVENT_TYPES } from "./claim-event-entry";
import { DEMO_LABEL } from "./feed-html";
import { FEED_ENTRY_LIMIT, feedBoilerplate } from "./feed-boilerplate";
import type { FeedSite } from "./feed-site";
import { newsEntry } from "./news-entry";


/** Newest first, ties broken by id so the order (and the ETag) is stable. */
function byNewest(a: AtomEntry, b: AtomEntry): number {
  return b.updated.getTime() - a.updated.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * A model's feed: its claim events and the news editors reviewed as relevant
 * and confirmed as being about it, newest first. Null for an unknown slug.
 * Three small indexed queries; nothing is read at build time.
 */
export async function getModelFeedOrNull(slug: string, site: FeedSite, db?: Db): Promise<AtomFeed | null> {
  const client = db ?? (await getDb());
  const model = await client.model.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, isDemo: true, updatedAt: true },
  });
  if (!model) return null;
  const [events, news] = await Promise.all([
    client.claimEvent.findMany({
      where: { type: { in: [...PUBLIC_CLAIM_EVENT_TYPES] }, claim: { modelId: model.id } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: FEED_ENTRY_LIMIT,
      select: claimEventSelect,
    }),
    client.newsItem.findMany({
      where: { reviewStatus: "RELEVANT", links: { some: { modelId: model.id, state: "CONFIRMED" } } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: FEED_ENTRY_LIMIT,
      select: {
        id: true,
        title: true,
        url: true,
        canonicalUrl: true,
        summary: true,
        sourceName: true,
        publishedAt: true,
        reviewedAt: true,
        isDemo: true,
        suggestedCategories: true,
        feed: { select: { title: true } },
      },
    }),
  ]);
  const entries = [
    ...events.map((e) => claimEventEntry(site, e)),
    ...news.map((n) => newsEntry(site, model, { ...n, sourceName: n.sourceName ?? n.feed?.title ?? null })),
  ]
    .sort(byNewest)
    .slice(0, FEED_ENTRY_LIMIT);
  const path = `/models/${encodeURIComponent(model.slug)}`;
  return {
    ...feedBoilerplate(site),
    // The model's id, not its slug: a renamed model keeps its feed identity.
    id: site.tagId(`feed/model/${model.id}`),
    title: `${model.name}: claims and news — Modelwatch`,
    subtitle: [
      `What is claimed about ${model.name} and how each claim was checked (recorded, status changes with the editor’s note, retractions), plus news reviewed by editors.`,
      model.isDemo ? `${DEMO_LABEL} This model’s claims, ratings and news belong to the demo story.` : "",
    ]
      .filter(Boolean)
      .join(" "),
    fallbackUpdated: model.updatedAt,
    selfUrl: site.url(`/feeds${path}`),
    alternateUrl: site.url(path),
    entries,
  };
}
