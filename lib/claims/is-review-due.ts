import type { ClaimStatus } from "@/lib/db";

/**
 * A settled verdict (verified or refuted) whose review date has passed comes
 * back as "needs re-check": prices and availability go stale. Open claims are
 * already waiting for an editor, so a date on them adds nothing.
 */
export function isReviewDue(claim: { status: ClaimStatus; reviewBy: Date | string | null }, now: Date): boolean {
  if (!claim.reviewBy || (claim.status !== "VERIFIED" && claim.status !== "REFUTED")) return false;
  const due = claim.reviewBy instanceof Date ? claim.reviewBy : new Date(claim.reviewBy);
  return !Number.isNaN(due.getTime()) && due.getTime() <= now.getTime();
}
