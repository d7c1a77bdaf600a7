// A claim as readers and editors get it (ISO dates, the model's slug, links)
// and, for editors, with its history. lib/api/v1/schemas/claim-schemas.ts and
// claim-write-schemas.ts describe these shapes for HTTP; the compiler holds
// them equal.
import { apiPaths } from "@/lib/models/api-paths";
import type { ClaimCategory, ClaimEventType, ClaimStatus, Confidence, SourceKind } from "@/lib/db/enums";
import type { PublicClaim } from "@/lib/models/list-public-claims";

export interface ClaimSourceDto {
  id: string;
  url: string;
  title: string;
  publisher: string | null;
  kind: SourceKind;
  /** The passage that supports (or refutes) the claim. */
  quote: string | null;
  publishedAt: string | null;
}

export interface ClaimDto {
  id: string;
  /** Slug of the model the claim is about. */
  model: string;
  category: ClaimCategory;
  statement: string;
  status: ClaimStatus;
  confidence: Confidence;
  /** Increments on every change. */
  version: number;
  reviewBy: string | null;
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
  sources: ClaimSourceDto[];
  links: { model: string; html: string };
}

export interface ClaimEventDto {
  id: string;
  type: ClaimEventType;
  at: string;
  /** Display name of the editor (never an e-mail address). */
  by: string;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
  note: string;
  /** Changed fields: `{ field: [before, after] }`. */
  diff: Record<string, [unknown, unknown]>;
  evidence: { id: string | null; title: string; url: string | null; kind: string | null }[];
  /** The claim's version after this change. */
  claimVersion: number;
}

export interface ClaimDetailDto extends ClaimDto {
  /** Every change, oldest first. */
  history: ClaimEventDto[];
}

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

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
