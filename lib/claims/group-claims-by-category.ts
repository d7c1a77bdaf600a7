import type { ClaimCategory, ClaimStatus } from "@/lib/db";
import { CLAIM_CATEGORY_ORDER } from "./claim-labels";

export interface GroupableClaim {
  category: ClaimCategory;
  status: ClaimStatus;
  updatedAt: Date | string;
}

export interface ClaimGroup<T> {
  category: ClaimCategory;
  claims: T[];
}

// Settled answers first, open questions next, withdrawn claims last: a reader
// scanning a category sees what is known before what is merely said.
const STATUS_ORDER: Record<ClaimStatus, number> = {
  VERIFIED: 0,
  REFUTED: 1,
  DISPUTED: 2,
  UNVERIFIED: 3,
  RETRACTED: 4,
};

const time = (d: Date | string) => (d instanceof Date ? d : new Date(d)).getTime();

/**
 * Groups claims by category in the profile's fixed category order, dropping
 * empty categories. Within a category: by status, then most recently updated.
 */
export function groupClaimsByCategory<T extends GroupableClaim>(claims: readonly T[]): ClaimGroup<T>[] {
  const buckets = new Map<ClaimCategory, T[]>();
  for (const c of claims) {
    const list = buckets.get(c.category);
    if (list) list.push(c);
    else buckets.set(c.category, [c]);
  }
  return CLAIM_CATEGORY_ORDER.filter((cat) => buckets.has(cat)).map((category) => ({
    category,
    claims: [...(buckets.get(category) as T[])].sort(
      (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || time(b.updatedAt) - time(a.updatedAt),
    ),
  }));
}
