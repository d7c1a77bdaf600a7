import { createHash } from "node:crypto";
import type { Prisma } from "..";
import { buildClaimRows, DEMO_CLAIMS, type ClaimRows } from "./demo-claims";
import { DEMO_CLUSTERS, DEMO_FEED_DISABLED_REASON, DEMO_FEEDS } from "./demo-feeds";
import { DEMO_BOARD_CURVES, DEMO_LEADERBOARD_SOURCE, DEMO_LEADERBOARD_URL, DEMO_LEADERBOARDS } from "./demo-leaderboards";
import { titleTokens } from "../../news/cluster/title-tokens";
import { normalizeSearchText } from "../../search/normalize-search-text";
import { DEMO_MODELS, DEMO_ORGANIZATIONS } from "./demo-models";
import { DEMO_NEWS, demoNewsCanonicalUrl } from "./demo-news";
import { generateRatingCurves } from "./demo-ratings";
import { addDays, demoDate, demoWeeks } from "./demo-timeline";

/**
 * Deterministic ids: rows created by createMany can reference each other
 * without a round trip, and two fresh databases get identical demo data.
 */
export const demoId = {
  org: (slug: string) => `demo-org-${slug}`,
  model: (slug: string) => `demo-model-${slug}`,
  board: (slug: string) => `demo-board-${slug}`,
  feed: (key: string) => `demo-feed-${key}`,
  cluster: (key: string) => `demo-cluster-${key}`,
  news: (key: string) => `demo-news-${key}`,
};

const knownModels = new Set(DEMO_MODELS.map((m) => m.slug));
const knownNews = new Set(DEMO_NEWS.map((n) => n.key));

function modelIdOrThrow(slug: string): string {
  if (!knownModels.has(slug)) throw new Error(`demo data: unknown model ${slug}`);
  return demoId.model(slug);
}

function newsIdOrThrow(key: string): string {
  if (!knownNews.has(key)) throw new Error(`demo data: unknown news item ${key}`);
  return demoId.news(key);
}

export interface DemoRows {
  organizations: Prisma.OrganizationCreateManyInput[];
  models: Prisma.ModelCreateManyInput[];
  aliases: Prisma.ModelAliasCreateManyInput[];
  lifecycle: Prisma.LifecycleEventCreateManyInput[];
  leaderboards: Prisma.LeaderboardCreateManyInput[];
  snapshots: Prisma.EloSnapshotCreateManyInput[];
  feeds: Prisma.FeedCreateManyInput[];
  clusters: Prisma.NewsClusterCreateManyInput[];
  news: Prisma.NewsItemCreateManyInput[];
  newsLinks: Prisma.NewsModelLinkCreateManyInput[];
  claims: ClaimRows;
}

function modelRows(actorId: string): Pick<DemoRows, "organizations" | "models" | "aliases" | "lifecycle"> {
  const organizations = DEMO_ORGANIZATIONS.map((o) => ({ id: demoId.org(o.slug), slug: o.slug, name: o.name, url: o.url, country: o.country }));
  const models: Prisma.ModelCreateManyInput[] = [];
  const aliases: Prisma.ModelAliasCreateManyInput[] = [];
  const lifecycle: Prisma.LifecycleEventCreateManyInput[] = [];
  for (const m of DEMO_MODELS) {
    const last = m.lifecycle[m.lifecycle.length - 1];
    if (!last) throw new Error(`demo data: ${m.slug} has no lifecycle`);
    const id = demoId.model(m.slug);
    models.push({
      id,
      slug: m.slug,
      name: m.name,
      organizationId: demoId.org(m.org),
      unit: m.unit ?? null,
      modalities: m.modalities,
      lifecycleStage: last.to,
      firstSeenAt: demoDate(m.firstSeenAt),
      announcedAt: m.announcedAt ? demoDate(m.announcedAt) : null,
      description: m.description,
      websiteUrl: m.websiteUrl ?? null,
      links: m.websiteUrl ? [{ label: "Website", url: m.websiteUrl }] : [{ label: "Arena leaderboard", url: DEMO_LEADERBOARD_URL }],
      isDemo: true,
      createdAt: demoDate(m.firstSeenAt),
    });
    // Unique per model on the normalized form: "HappyHorse 1.0" and "happyhorse 1.0" are one alias.
    const seen = new Set<string>();
    for (const alias of m.aliases) {
      const normalized = normalizeSearchText(alias);
      if (seen.has(normalized)) continue;
      seen.add(normalized);
      aliases.push({ modelId: id, alias, normalized, createdAt: demoDate(m.firstSeenAt) });
    }
    m.lifecycle.forEach((step, i) => {
      lifecycle.push({
        modelId: id,
        fromStage: i === 0 ? null : (m.lifecycle[i - 1]?.to ?? null),
        toStage: step.to,
        occurredAt: demoDate(step.at),
        note: step.note,
        sourceUrl: step.sourceUrl ?? null,
        actorId,
        createdAt: demoDate(step.at),
      });
    });
  }
  return { organizations, models, aliases, lifecycle };
}

function ratingRows(): Pick<DemoRows, "leaderboards" | "snapshots"> {
  const leaderboards = DEMO_LEADERBOARDS.map((b) => ({
    id: demoId.board(b.slug),
    slug: b.slug,
    name: b.name,
    source: DEMO_LEADERBOARD_SOURCE,
    sourceUrl: DEMO_LEADERBOARD_URL,
    pool: b.pool,
    withAudio: b.withAudio,
    modality: b.modality,
    method: "PUBLISHED" as const,
    minVotes: b.minVotes,
    description: b.description,
    isDemo: true,
    position: b.position,
  }));
  const pools = new Map(DEMO_LEADERBOARDS.map((b) => [b.slug, b.pool]));
  const snapshots = generateRatingCurves(DEMO_BOARD_CURVES, demoWeeks()).map((p) => ({
    leaderboardId: demoId.board(p.board),
    modelId: modelIdOrThrow(p.model),
    capturedAt: p.capturedAt,
    rating: p.rating,
    ciLow: p.ciLow,
    ciHigh: p.ciHigh,
    votes: p.votes,
    appearances: p.appearances,
    rank: p.rank,
    method: "PUBLISHED" as const,
    pool: pools.get(p.board) ?? p.board,
    anchor: p.anchor,
    displayLabel: p.displayLabel,
    createdAt: p.capturedAt,
  }));
  return { leaderboards, snapshots };
}

export function sha256Hex(s: string): string {
  return createHash("sha256").update(s).digest("hex");
}

function newsRows(actorId: string): Pick<DemoRows, "feeds" | "clusters" | "news" | "newsLinks"> {
  const feeds = DEMO_FEEDS.map((f) => ({
    id: demoId.feed(f.key),
    url: f.url,
    title: f.title,
    siteUrl: f.siteUrl,
    enabled: false,
    disabledReason: DEMO_FEED_DISABLED_REASON,
    intervalMinutes: f.intervalMinutes,
    isDemo: true,
  }));
  const clusters = DEMO_CLUSTERS.map((c) => ({ id: demoId.cluster(c.key), title: c.title }));
  const news: Prisma.NewsItemCreateManyInput[] = [];
  const newsLinks: Prisma.NewsModelLinkCreateManyInput[] = [];
  for (const n of DEMO_NEWS) {
    const canonicalUrl = demoNewsCanonicalUrl(n);
    const publishedAt = demoDate(n.publishedAt);
    const reviewed = n.status !== "NEW";
    const feed = DEMO_FEEDS.find((f) => f.key === n.feed);
    news.push({
      id: demoId.news(n.key),
      feedId: demoId.feed(n.feed),
      // Feeds' GUIDs are their permalinks; the URL we were served carries tracking parameters.
      guidHash: sha256Hex(canonicalUrl),
      url: `${canonicalUrl}?utm_source=rss&utm_medium=feed`,
      canonicalUrl,
      title: n.title,
      titleTokens: titleTokens(n.title),
      sourceName: feed?.title ?? null,
      summary: `<p>${escapeHtml(n.summary)}</p>`,
      publishedAt,
      fetchedAt: new Date(publishedAt.getTime() + 25 * 60_000),
      reviewStatus: n.status,
      reviewedAt: reviewed ? addDays(publishedAt, 1) : null,
      reviewedById: reviewed ? actorId : null,
      dismissReason: n.dismissReason ?? null,
      suggestedCategories: n.categories,
      language: feed?.language ?? null,
      clusterId: n.cluster ? demoId.cluster(n.cluster) : null,
      isDemo: true,
      createdAt: publishedAt,
    });
    const state = n.status === "NEW" ? "SUGGESTED" : n.status === "RELEVANT" ? "CONFIRMED" : "REJECTED";
    if (new Set(n.models.map(([slug]) => slug)).size !== n.models.length) {
      throw new Error(`demo data: news item ${n.key} links a model twice`);
    }
    for (const [slug, matchedText] of n.models) {
      newsLinks.push({ newsItemId: demoId.news(n.key), modelId: modelIdOrThrow(slug), state, matchedText, createdAt: publishedAt });
    }
  }
  return { feeds, clusters, news, newsLinks };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Every demo row, ready for createMany; pure, so it is built before the transaction opens. */
export function buildDemoRows(actorId: string): DemoRows {
  return {
    ...modelRows(actorId),
    ...ratingRows(),
    ...newsRows(actorId),
    claims: buildClaimRows(DEMO_CLAIMS, { modelId: modelIdOrThrow, newsId: newsIdOrThrow, actorId }),
  };
}
