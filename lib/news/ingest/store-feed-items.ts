import { randomUUID } from "node:crypto";
import type { Tx } from "../../db";
import { matchModels, type ModelNames } from "../match/match-models";
import { suggestCategories } from "../match/suggest-categories";
import { assignNewsClusters } from "../cluster/assign-news-clusters";
import { titleTokens } from "../cluster/title-tokens";
import { recordClaimProposals } from "../proposals/record-claim-proposals";
import { itemLanguage } from "./item-language";
import type { NormalizedFeedItem } from "./parse-feed";

export interface StoreFeedItemsInput {
  feedId: string;
  /** The feed's title, kept on each item as its source name. */
  sourceName: string | null;
  /** Where an item without a link points: the feed's site, else the feed itself. */
  fallbackUrl: string;
  items: NormalizedFeedItem[];
  /** The feed's declared language (see itemLanguage). */
  feedLanguage?: string | null;
  models: readonly ModelNames[];
  /** Title words known to be common, learnt across a run's feeds (see assignNewsClusters). */
  commonWords?: Set<string>;
}

/**
 * Inserts the items this feed has not stored yet (same GUID hash) and that no
 * other feed already brought (same canonical URL), with suggested model links
 * and categories, story clusters and proposed claim changes. Returns how many
 * were inserted.
 */
export async function storeFeedItems(tx: Tx, input: StoreFeedItemsInput): Promise<number> {
  const { feedId, items } = input;
  if (items.length === 0) return 0;
  const urls = [...new Set(items.flatMap((i) => (i.canonicalUrl ? [i.canonicalUrl] : [])))];
  // Feeds ingested concurrently may carry the same story: a lock per canonical URL, held until
  // commit, makes the second writer see the first one's row. Taken in key order: no deadlock.
  if (urls.length > 0) {
    await tx.$executeRaw`SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT hashtext(u) AS k FROM unnest(${urls}::text[]) AS u ORDER BY 1) AS locks`;
  }
  // Raw SQL with one JSON parameter per statement: Prisma's query compiler costs more per row than
  // the database does (bench/ingest), and a feed brings up to hundreds of rows.
  const hashes = items.map((i) => i.guidHash);
  // One lookup: this feed's items by GUID hash, and other feeds' (or feedless) items by canonical URL.
  const seen = await tx.$queryRaw<{ guidHash: string; canonicalUrl: string; own: boolean }[]>`
    SELECT "guidHash", "canonicalUrl", "feedId" IS NOT DISTINCT FROM ${feedId} AS "own" FROM "NewsItem"
    WHERE ("feedId" = ${feedId} AND "guidHash" = ANY(${hashes}::text[]))
       OR ("canonicalUrl" = ANY(${urls}::text[]) AND "feedId" IS DISTINCT FROM ${feedId})`;
  const skipHashes = new Set(seen.filter((r) => r.own).map((r) => r.guidHash));
  const skipUrls = new Set(seen.filter((r) => !r.own).map((r) => r.canonicalUrl));
  const fresh = items.filter((i) => !skipHashes.has(i.guidHash) && !(i.canonicalUrl && skipUrls.has(i.canonicalUrl)));
  if (fresh.length === 0) return 0;

  const matchText = (i: NormalizedFeedItem) => `${i.title}\n${i.excerpt}`;
  // The columns are timestamps without a zone holding UTC (as Prisma writes them): dates go in as ISO strings.
  const now = new Date().toISOString();
  const rows = fresh.map((i) => ({
    id: randomUUID(),
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
    publishedAt: i.publishedAt.toISOString(),
    suggestedCategories: suggestCategories(matchText(i)),
    language: itemLanguage({ item: i.language, feed: input.feedLanguage ?? null, text: matchText(i) }),
  }));
  const candidateLinks = rows.flatMap((r, idx) =>
    matchModels(matchText(fresh[idx]!), input.models).map((m) => ({ newsItemId: r.id, modelId: m.modelId, matchedText: m.matchedText })),
  );
  // One statement for the items and their model links (links only for the rows actually inserted).
  // ON CONFLICT DO NOTHING: a concurrent run of the same feed cannot make this fail.
  const created = await tx.$queryRaw<{ id: string }[]>`
    WITH inserted AS (
      INSERT INTO "NewsItem" ("id", "feedId", "guidHash", "url", "canonicalUrl", "title", "author", "sourceName", "summary", "content",
        "publishedAt", "suggestedCategories", "titleTokens", "language", "reviewStatus", "fetchedAt", "createdAt", "updatedAt")
      SELECT r."id", r."feedId", r."guidHash", r."url", r."canonicalUrl", r."title", r."author", r."sourceName", r."summary", r."content",
        r."publishedAt", r."suggestedCategories", r."titleTokens", r."language", 'NEW', ${now}::timestamp(3), ${now}::timestamp(3), ${now}::timestamp(3)
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "feedId" text, "guidHash" text, "url" text, "canonicalUrl" text,
        "title" text, "author" text, "sourceName" text, "summary" text, "content" text, "publishedAt" timestamp(3), "suggestedCategories" "ClaimCategory"[],
        "titleTokens" text[], "language" text)
      ON CONFLICT DO NOTHING
      RETURNING "id"
    ), linked AS (
      INSERT INTO "NewsModelLink" ("newsItemId", "modelId", "state", "matchedText", "createdAt")
      SELECT l."newsItemId", l."modelId", 'SUGGESTED', l."matchedText", ${now}::timestamp(3)
      FROM jsonb_to_recordset(${JSON.stringify(candidateLinks)}::jsonb) AS l("newsItemId" text, "modelId" text, "matchedText" text)
      JOIN inserted ON inserted."id" = l."newsItemId"
      ON CONFLICT DO NOTHING
    )
    SELECT "id" FROM inserted`;
  const createdIds = new Set(created.map((c) => c.id));
  const links = candidateLinks.filter((l) => createdIds.has(l.newsItemId));
  const rowById = new Map<string, (typeof rows)[number]>(rows.map((r) => [r.id, r]));
  const stored = created.map(({ id }) => {
    const r = rowById.get(id)!;
    return { ...r, publishedAt: new Date(r.publishedAt) };
  });
  await assignNewsClusters(tx, stored, input.commonWords);
  await recordClaimProposals(tx, stored, links);
  return created.length;
}
