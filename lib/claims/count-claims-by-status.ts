import type { ClaimStatus } from "@/lib/db";

export type ClaimStatusCounts = Record<ClaimStatus, number>;

export function emptyStatusCounts(): ClaimStatusCounts {
  return { VERIFIED: 0, UNVERIFIED: 0, DISPUTED: 0, REFUTED: 0, RETRACTED: 0 };
}

/** Tallies claims per status; accepts plain rows or grouped rows carrying a count. */
export function countClaimsByStatus(rows: readonly { status: ClaimStatus; count?: number }[]): ClaimStatusCounts {
  const counts = emptyStatusCounts();
  for (const r of rows) counts[r.status] += r.count ?? 1;
  return counts;
}
