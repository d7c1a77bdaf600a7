// Domain rows → the API's wire shapes (ISO dates, slugs instead of ids,
// links). Pure functions: the compiler checks them against the schemas.
import type { ModelSummary } from "@/lib/models/list-model-summaries";
import type { PublicClaim } from "@/lib/models/list-public-claims";
import type { ClaimDto } from "./schemas/claim-schemas";
import type { ModelSummaryDto } from "./schemas/model-schemas";

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export const apiPaths = {
  model: (slug: string) => `/api/v1/models/${encodeURIComponent(slug)}`,
  modelPage: (slug: string) => `/models/${encodeURIComponent(slug)}`,
  claims: (slug: string) => `/api/v1/claims?model=${encodeURIComponent(slug)}`,
  news: (slug: string) => `/api/v1/news?model=${encodeURIComponent(slug)}`,
  leaderboard: (slug: string) => `/api/v1/leaderboards/${encodeURIComponent(slug)}`,
  leaderboardPage: (slug: string) => `/leaderboards/${encodeURIComponent(slug)}`,
};

export function toModelSummaryDto(m: ModelSummary): ModelSummaryDto {
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    organization: m.organization,
    unit: m.unit,
    modalities: m.modalities,
    lifecycleStage: m.lifecycleStage,
    isDemo: m.isDemo,
    claimCounts: m.claimCounts,
    links: {
      self: apiPaths.model(m.slug),
      html: apiPaths.modelPage(m.slug),
      claims: apiPaths.claims(m.slug),
      news: apiPaths.news(m.slug),
    },
  };
}

export function toClaimDto(c: PublicClaim): ClaimDto {
  return {
    id: c.id,
    model: c.model.slug,
    category: c.category,
    statement: c.statement,
    status: c.status,
    confidence: c.confidence,
    version: c.version,
    reviewBy: isoOrNull(c.reviewBy),
    isDemo: c.isDemo,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
    sources: c.sources.map((s) => ({ ...s, publishedAt: isoOrNull(s.publishedAt) })),
    links: { model: apiPaths.model(c.model.slug), html: `${apiPaths.modelPage(c.model.slug)}#claim-${c.id}` },
  };
}
