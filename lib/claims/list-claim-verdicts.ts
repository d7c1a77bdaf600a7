import type { ClaimCategory, ClaimEventType, ClaimStatus } from "@/lib/db";
import type { VerificationInput } from "@/lib/elo/chart-data-annotations";
import { CLAIM_CATEGORY_LABELS, CLAIM_CATEGORY_ORDER } from "./claim-labels";

interface VerdictClaim {
  id: string;
  category: ClaimCategory;
  events: readonly { type: ClaimEventType; toStatus: ClaimStatus | null; createdAt: Date }[];
}

/**
 * Every moment a claim was verified or refuted, for the chart annotations.
 * Later moves (disputed, retracted) do not erase them: the chart is history.
 * In the profile's category order, so same-day verdicts read as the page does.
 */
export function listClaimVerdicts(claims: readonly VerdictClaim[]): VerificationInput[] {
  const rank = (c: VerdictClaim) => CLAIM_CATEGORY_ORDER.indexOf(c.category);
  return [...claims].sort((a, b) => rank(a) - rank(b)).flatMap((c) =>
    c.events.flatMap((e) =>
      e.type === "STATUS_CHANGED" && (e.toStatus === "VERIFIED" || e.toStatus === "REFUTED")
        ? [
            {
              claimId: c.id,
              label: CLAIM_CATEGORY_LABELS[c.category],
              verdict: e.toStatus === "VERIFIED" ? ("verified" as const) : ("refuted" as const),
              occurredAt: e.createdAt,
            },
          ]
        : [],
    ),
  );
}
