// Domain rows → the API's wire shapes (ISO dates, slugs instead of ids,
// links). Pure functions: the compiler checks them against the schemas.
import { apiPaths } from "@/lib/models/api-paths";
import type { ModelSummary } from "@/lib/models/list-model-summaries";
import type { ModelSummaryDto } from "./schemas/model-schemas";

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
