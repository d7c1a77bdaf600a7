// The claims list as its client component receives it: only what is shown,
// with "needs re-check" decided here (it depends on the time of rendering).
// Sent as data rather than as a rendered tree, it weighs a fraction of the
// markup in the page's payload. Pure.
import type { ClaimCategory, ClaimStatus, Confidence, SourceKind } from "@/lib/db/enums";
import { describeClaimEvents, type ClaimHistoryEntry } from "@/lib/claims/describe-claim-events";
import type { ClaimGroup } from "@/lib/claims/group-claims-by-category";
import { isReviewDue } from "@/lib/claims/is-review-due";
import type { ProfileClaim, ProfileClaimSource } from "./get-model-profile";

export interface ClaimListItem {
  id: string;
  status: ClaimStatus;
  confidence: Confidence;
  /** A verdict's review date, and whether it has passed. */
  review: { by: Date; due: boolean } | null;
  statement: string;
  /** Every source with its quoted passage: the full record only. */
  sources: ProfileClaimSource[];
  /** How many sources of each kind, strongest first: what the profile shows. */
  sourceKinds: { kind: SourceKind; count: number }[];
  /** The audit trail in the full record; null on the profile, which links to it. */
  history: ClaimHistoryEntry[] | null;
  changes: number;
}

export interface ClaimListGroup {
  category: ClaimCategory;
  claims: ClaimListItem[];
}

/** Evidence strength, as the verification policy reads it: official and independent sources settle a claim. */
const KIND_ORDER: SourceKind[] = ["OFFICIAL", "INDEPENDENT", "LEADERBOARD", "PRESS", "SOCIAL"];

export function toClaimList(groups: readonly ClaimGroup<ProfileClaim>[], opts: { now: Date; full: boolean }): ClaimListGroup[] {
  return groups.map((g) => ({
    category: g.category,
    claims: g.claims.map((c) => {
      const history = describeClaimEvents(c.events, { isDemo: c.isDemo });
      const settled = c.status === "VERIFIED" || c.status === "REFUTED";
      return {
        id: c.id,
        status: c.status,
        confidence: c.confidence,
        review: c.reviewBy && settled ? { by: c.reviewBy, due: isReviewDue(c, opts.now) } : null,
        statement: c.statement,
        sources: opts.full ? c.sources : [],
        sourceKinds: KIND_ORDER.flatMap((kind) => {
          const count = c.sources.filter((s) => s.kind === kind).length;
          return count ? [{ kind, count }] : [];
        }),
        history: opts.full ? history : null,
        changes: history.length,
      };
    }),
  }));
}
