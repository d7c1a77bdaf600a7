import { getDb, type ClaimCategory, type ClaimStatus, type Db, type Prisma } from "@/lib/db";
import { htmlToPlainText } from "./highlight-matches";
import { escapeLikePattern, normalizeSearchText, type ParsedQuery } from "./normalize-search-text";

export interface SearchFilters {
  /** Applies to claims only. */
  status?: ClaimStatus;
  /** Applies to claims only. */
  category?: ClaimCategory;
}

export interface ModelHit {
  slug: string;
  name: string;
  organization: string | null;
  unit: string | null;
  aliases: string[];
  isDemo: boolean;
}

export interface ClaimHit {
  id: string;
  statement: string;
  status: ClaimStatus;
  category: ClaimCategory;
  model: { slug: string; name: string };
  isDemo: boolean;
}

export interface NewsHit {
  id: string;
  title: string;
  url: string;
  sourceName: string | null;
  publishedAt: Date;
  /** Summary as plain text (the stored summary is sanitized HTML). */
  summary: string;
  models: { slug: string; name: string }[];
  isDemo: boolean;
  /** Primary language subtag ("zh", "en"), null when unknown. */
  language: string | null;
}

export interface SearchSection<T> {
  /** Every match, not just the ones listed. */
  total: number;
  items: T[];
}

export interface SearchResults {
  models: SearchSection<ModelHit>;
  claims: SearchSection<ClaimHit>;
  news: SearchSection<NewsHit>;
  /** Matching claims per status with the category filter applied (not the status one), and vice versa. */
  claimFacets: { status: Partial<Record<ClaimStatus, number>>; category: Partial<Record<ClaimCategory, number>> };
}

export const SEARCH_LIMITS = { models: 20, claims: 50, news: 30 } as const;

type OkQuery = Extract<ParsedQuery, { kind: "ok" }>;

const insensitive = (value: string) => ({ contains: escapeLikePattern(value), mode: "insensitive" as const });

/**
 * A model matches a term by name, slug, organization or unit — or by any
 * alias's normalized form, which is stored without diacritics, so "kling"
 * finds an alias typed "Klíng".
 */
function modelTermWhere(term: string, variants: readonly string[]): Prisma.ModelWhereInput {
  return {
    OR: [
      ...variants.map((v) => ({ name: insensitive(v) })),
      { slug: { contains: escapeLikePattern(term) } },
      { aliases: { some: { normalized: { contains: escapeLikePattern(term) } } } },
      { organization: { name: insensitive(term) } },
      { unit: insensitive(term) },
    ],
  };
}

// Claims and news match a term either in their own text or through the model
// they are about: "happy horse" finds claims that say "HappyHorse 1.0" and
// those filed under the model whose alias is "Happy Horse".
function claimTermsWhere(q: OkQuery): Prisma.ClaimWhereInput[] {
  return q.terms.map((term, i) => {
    const variants = q.variants[i] ?? [term];
    return { OR: [...variants.map((v) => ({ statement: insensitive(v) })), { model: modelTermWhere(term, variants) }] };
  });
}

function newsTermsWhere(q: OkQuery): Prisma.NewsItemWhereInput[] {
  return q.terms.map((term, i) => {
    const variants = q.variants[i] ?? [term];
    return {
      OR: [
        ...variants.flatMap((v) => [{ title: insensitive(v) }, { summary: insensitive(v) }]),
        { links: { some: { state: "CONFIRMED" as const, model: modelTermWhere(term, variants) } } },
      ],
    };
  });
}

/**
 * Models, claims and reviewed news matching every term of the query, with a
 * total per kind and per-status/category counts for the claim filters. A fixed
 * number of queries (run together) whatever the number of results.
 */
export async function searchEverything(q: OkQuery, filters: SearchFilters = {}, db?: Db): Promise<SearchResults> {
  const client = db ?? (await getDb());
  const modelWhere: Prisma.ModelWhereInput = { AND: q.terms.map((t, i) => modelTermWhere(t, q.variants[i] ?? [t])) };
  const claimText = claimTermsWhere(q);
  const claimWhere: Prisma.ClaimWhereInput = {
    AND: claimText,
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.category ? { category: filters.category } : {}),
  };
  // Editors' unreviewed and dismissed items stay in the review queue.
  const newsWhere: Prisma.NewsItemWhereInput = { reviewStatus: "RELEVANT", AND: newsTermsWhere(q) };

  const [modelRows, modelTotal, claimRows, claimTotal, statusFacet, categoryFacet, newsRows, newsTotal] = await Promise.all([
    client.model.findMany({
      where: modelWhere,
      orderBy: { name: "asc" },
      take: SEARCH_LIMITS.models,
      select: {
        slug: true,
        name: true,
        unit: true,
        isDemo: true,
        organization: { select: { name: true } },
        aliases: { select: { alias: true }, orderBy: { alias: "asc" } },
      },
    }),
    client.model.count({ where: modelWhere }),
    client.claim.findMany({
      where: claimWhere,
      orderBy: [{ model: { name: "asc" } }, { category: "asc" }, { updatedAt: "desc" }],
      take: SEARCH_LIMITS.claims,
      select: {
        id: true,
        statement: true,
        status: true,
        category: true,
        isDemo: true,
        model: { select: { slug: true, name: true } },
      },
    }),
    client.claim.count({ where: claimWhere }),
    client.claim.groupBy({
      by: ["status"],
      where: { AND: claimText, ...(filters.category ? { category: filters.category } : {}) },
      _count: { _all: true },
    }),
    client.claim.groupBy({
      by: ["category"],
      where: { AND: claimText, ...(filters.status ? { status: filters.status } : {}) },
      _count: { _all: true },
    }),
    client.newsItem.findMany({
      where: newsWhere,
      orderBy: { publishedAt: "desc" },
      take: SEARCH_LIMITS.news,
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
        links: {
          where: { state: "CONFIRMED" },
          select: { model: { select: { slug: true, name: true } } },
        },
      },
    }),
    client.newsItem.count({ where: newsWhere }),
  ]);

  return {
    models: {
      total: modelTotal,
      items: rankModelHits(
        modelRows.map((m) => ({
          slug: m.slug,
          name: m.name,
          organization: m.organization?.name ?? null,
          unit: m.unit,
          aliases: m.aliases.map((a) => a.alias).filter((a) => a !== m.name),
          isDemo: m.isDemo,
        })),
        q.normalized,
      ),
    },
    claims: { total: claimTotal, items: claimRows },
    news: {
      total: newsTotal,
      items: newsRows.map((n) => ({
        id: n.id,
        title: n.title,
        url: n.canonicalUrl || n.url,
        sourceName: n.sourceName ?? n.feed?.title ?? null,
        publishedAt: n.publishedAt,
        summary: n.summary ? htmlToPlainText(n.summary) : "",
        models: n.links.map((l) => l.model),
        isDemo: n.isDemo,
        language: n.language,
      })),
    },
    claimFacets: {
      status: Object.fromEntries(statusFacet.map((g) => [g.status, g._count._all])),
      category: Object.fromEntries(categoryFacet.map((g) => [g.category, g._count._all])),
    },
  };
}

/** Exact name or alias first, then names starting with the query, then the rest by name. */
function rankModelHits(hits: ModelHit[], normalizedQuery: string): ModelHit[] {
  const score = (h: ModelHit) => {
    const names = [h.name, ...h.aliases].map(normalizeSearchText);
    if (names.includes(normalizedQuery)) return 0;
    if (names.some((n) => n.startsWith(normalizedQuery))) return 1;
    return 2;
  };
  return [...hits].sort((a, b) => score(a) - score(b) || a.name.localeCompare(b.name));
}
