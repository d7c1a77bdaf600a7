import type { ClaimCategory, ClaimStatus } from "@/lib/db";
import { CLAIM_CATEGORY_LABELS } from "@/lib/claims/claim-labels";
import { isReviewDue } from "@/lib/claims/is-review-due";
import type { StoredClaimProposal } from "./claim-proposal";

/**
 * Categories where having no claim at all means "unknown" on the model's
 * watch checklist (API, pricing, licence, product integration, owner): news
 * there is worth a new claim. Elsewhere (architecture, speed…) a missing
 * claim is not a gap anyone waits on, so only open claims get proposals.
 */
export const UNKNOWN_WHEN_MISSING: ReadonlySet<ClaimCategory> = new Set(["API", "PRICING", "LICENSING", "INTEGRATION", "OWNERSHIP"]);

/** An item rarely deserves more; the rest would bury the queue. */
export const MAX_PROPOSALS_PER_ITEM = 6;

export interface ProposalModel {
  id: string;
  slug: string;
  name: string;
}

export interface ProposalClaim {
  id: string;
  modelId: string;
  category: ClaimCategory;
  statement: string;
  status: ClaimStatus;
  reviewBy: Date | null;
  updatedAt: Date;
}

/**
 * What an item about `models`, touching `categories`, could change. A claim is
 * open when it is UNVERIFIED or DISPUTED, or settled but due for a re-check:
 * the item is proposed as a source for it. A watched category with no claim
 * (retracted ones do not count) gets a proposal to create one. Settled,
 * current claims get nothing: the item cannot reopen them on its own.
 */
export function proposeClaimChanges(input: {
  categories: readonly ClaimCategory[];
  models: readonly ProposalModel[];
  claims: readonly ProposalClaim[];
  now: Date;
}): StoredClaimProposal[] {
  const proposals: StoredClaimProposal[] = [];
  for (const model of input.models) {
    for (const category of input.categories) {
      const label = CLAIM_CATEGORY_LABELS[category];
      const here = input.claims
        .filter((c) => c.modelId === model.id && c.category === category && c.status !== "RETRACTED")
        .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
      const open = here.find((c) => c.status === "UNVERIFIED" || c.status === "DISPUTED" || isReviewDue(c, input.now));
      const base = { modelId: model.id, modelSlug: model.slug, modelName: model.name, category, accepted: null };
      if (open) {
        const state = open.status === "UNVERIFIED" || open.status === "DISPUTED" ? open.status.toLowerCase() : "due for a re-check";
        proposals.push({
          ...base,
          kind: "add-source",
          claimId: open.id,
          claimStatement: open.statement,
          claimStatus: open.status,
          reason: `The ${label} claim of ${model.name} is ${state}; this item may be evidence: add it as a source.`,
        });
      } else if (here.length === 0 && UNKNOWN_WHEN_MISSING.has(category)) {
        proposals.push({
          ...base,
          kind: "create-claim",
          claimId: null,
          claimStatement: null,
          claimStatus: null,
          reason: `${model.name} has no ${label} claim (unknown); this item looks like ${label} news: record a claim with it as the source.`,
        });
      }
    }
  }
  return proposals.slice(0, MAX_PROPOSALS_PER_ITEM);
}
