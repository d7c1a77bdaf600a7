/** The element id of a claim on its model's page: checklist rows, chart notes and ClaimReview urls point here. */
export function claimAnchorId(claimId: string): string {
  return `claim-${claimId}`;
}

/** Where the rating charts start on a profile: the benchmark-stability row links here. */
export const RATINGS_ANCHOR_ID = "ratings";
