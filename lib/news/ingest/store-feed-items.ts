import type { Prisma, Tx } from "../../db";
import { matchModels, type ModelNames } from "../match/match-models";
import { suggestCategories } from "../match/suggest-categories";
import { assignNewsClusters } from "../cluster/assign-news-clusters";
import { titleTokens } from "../cluster/title-tokens";
import { recordClaimProposals } from "../proposals/record-claim-proposals";
import type { NormalizedFeedItem } from "./parse-feed";

export interface StoreFeedItemsInput {
  feedId: string;
  /** The feed's title, kept on each item as its source name. */
  sourceName: string | null;
  /** Where an item without a link points: the feed's site, else the feed itself. */
  fallbackUrl: string;
  items: NormalizedFeedItem[];
  models: readonly ModelNames[];
}

// What clustering and claim proposals read of each inserted item.
const storedSelect = {
  id: true,
  guidHash: true,
  title: true,
  canonicalUrl: true,
  publishedAt: true,
  titleTokens: true,
  suggestedCategories: true,
} as const satisfies Prisma.NewsItemSelect;

/**
 * Inserts the items this feed has not stored yet (same GUID hash) and that no
 * other feed already brought (same canonical URL), with suggested model links
 * and categories, story clusters and proposed claim changes. Returns how many
 * were inserted.
 */
export async function storeFeedItems(tx: Tx, input: StoreFeedItemsInput): Promise<number> {
  const { feedId, items } = input;
  if (items.length === 0) return 0;
  const urls = [...new Set(items.flatMap((i) => (i.canonicalUrl ? [i.canonicalUrl] : [])))].sort();
  // Feeds ingested concurrently may carry the same story: a lock per canonical URL, held until
  // commit, makes the second writer see the first one's row. Taken in sorted order: no deadlock.
  if (urls.length > 0) {
    await tx.$executeRaw`SELECT count(pg_advisory_xact_lock(hashtext(u))) FROM (SELECT unnest(${urls}::text[]) AS u ORDER BY 1) AS locks`;
  }
  const [known, elsewhere] = await Promise.all([
    tx.newsItem.findMany({ where: { feedId, guidHash: { in: items.map((i) => i.guidHash) } }, select: { guidHash: true } }),
    tx.newsItem.findMany({
      where: {
        canonicalUrl: { in: urls },
        OR: [{ feedId: { not: feedId } }, { feedId: null }],
      },
      select: { canonicalUrl: true },
    }),
  ]);
  const skipHashes = new Set(known.map((k) => k.guidHash));
  const skipUrls = new Set(elsewhere.map((e) => e.canonicalUrl));
  const fresh = items.filter((i) => !skipHashes.has(i.guidHash) && !(i.canonicalUrl && skipUrls.has(i.canonicalUrl)));
  if (fresh.length === 0) return 0;

  const matchText = (i: NormalizedFeedItem) => `${i.title}\n${i.excerpt}`;
  const data: Prisma.NewsItemCreateManyInput[] = fresh.map((i) => ({
    feedId,
    guidHash: i.guidHash,
    url: i.link ?? input.fallbackUrl,
    // Items without a link are never cross-feed duplicates: each keeps a key of its own.
    canonicalUrl: i.canonicalUrl ?? `${input.fallbackUrl}#${i.guidHash}`,
    title: i.title || "(untitled)",
    titleTokens: titleTokens(i.title),
    author: i.author,
    sourceName: input.sourceName,
    summary: i.summaryHtml,
    content: i.contentHtml,
    publishedAt: i.publishedAt,
    reviewStatus: "NEW",
    suggestedCategories: suggestCategories(matchText(i)),
  }));
  // skipDuplicates: a concurrent run of the same feed cannot make this fail.
  const created = await tx.newsItem.createManyAndReturn({ data, skipDuplicates: true, select: storedSelect });
  const byHash = new Map(fresh.map((i) => [i.guidHash, i]));
  const links = created.flatMap(({ id, guidHash }) =>
    matchModels(matchText(byHash.get(guidHash)!), input.models).map((m) => ({
      newsItemId: id,
      modelId: m.modelId,
      state: "SUGGESTED" as const,
      matchedText: m.matchedText,
    })),
  );
  if (links.length > 0) await tx.newsModelLink.createMany({ data: links, skipDuplicates: true });
  await assignNewsClusters(tx, created);
  await recordClaimProposals(tx, created, links);
  return created.length;
}
