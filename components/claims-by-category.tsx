import { claimAnchorId } from "@/lib/claims/claim-anchor";
import { CLAIM_CATEGORY_LABELS, CONFIDENCE_LABELS } from "@/lib/claims/claim-labels";
import { describeClaimEvents } from "@/lib/claims/describe-claim-events";
import type { ClaimGroup } from "@/lib/claims/group-claims-by-category";
import { isReviewDue } from "@/lib/claims/is-review-due";
import type { ProfileClaim } from "@/lib/models/get-model-profile";
import { ClaimHistory } from "./claim-history";
import { ClaimSources } from "./claim-sources";
import { ClaimStatusBadge } from "./claim-status-badge";
import { EmptyState } from "./empty-state";
import { formatDate, isoDay } from "./format";
import styles from "./claims.module.css";

function ReviewDate({ claim, now }: { claim: ProfileClaim; now: Date }) {
  if (!claim.reviewBy || (claim.status !== "VERIFIED" && claim.status !== "REFUTED")) return null;
  const date = <time dateTime={isoDay(claim.reviewBy)}>{formatDate(claim.reviewBy)}</time>;
  if (isReviewDue(claim, now)) {
    return (
      <span className={styles.recheck} data-testid="needs-recheck">
        <span aria-hidden="true">↻</span> Needs re-check <span className={styles.recheckDate}>(due {date})</span>
      </span>
    );
  }
  return <span className={styles.reviewBy}>re-check by {date}</span>;
}

/**
 * Claims by topic. Each claim is an anchor target (#claim-<id>) for the watch
 * checklist, the chart notes and ClaimReview urls; `now` decides which
 * verdicts are past their review date. With `recordHref` (the profile) each
 * claim lists its sources and links to its full record — quoted passages and
 * history — on that page, which keeps the profile light; without it (the
 * record page) everything is shown.
 */
export function ClaimsByCategory({
  groups,
  modelName,
  now,
  recordHref,
}: {
  groups: ClaimGroup<ProfileClaim>[];
  modelName: string;
  now: Date;
  recordHref?: string;
}) {
  if (groups.length === 0) {
    return (
      <EmptyState title="No claims recorded yet" icon="?" headingLevel={3}>
        <p>Nothing about {modelName} has been claimed or checked here so far.</p>
      </EmptyState>
    );
  }
  return (
    <div className={styles.groups}>
      {groups.map((g) => (
        <section key={g.category} className={styles.group} aria-labelledby={`cat-${g.category}`} data-testid="claim-group" data-category={g.category}>
          <h3 id={`cat-${g.category}`} className={styles.groupTitle}>
            {CLAIM_CATEGORY_LABELS[g.category]}
            <span className={styles.groupCount}>
              {g.claims.length}
              <span className="visually-hidden"> {g.claims.length === 1 ? "claim" : "claims"}</span>
            </span>
          </h3>
          <ul className={styles.claims}>
            {g.claims.map((c) => (
              <li
                key={c.id}
                id={claimAnchorId(c.id)}
                tabIndex={-1}
                className={`${styles.claim} ${c.status === "RETRACTED" ? styles.retracted : ""}`}
                data-testid="claim"
                data-claim-id={c.id}
                data-status={c.status}
              >
                <div className={styles.claimHead}>
                  <ClaimStatusBadge status={c.status} />
                  <span className={styles.confidence} title="Editors' confidence in the statement">
                    Confidence: {CONFIDENCE_LABELS[c.confidence]}
                  </span>
                  <ReviewDate claim={c} now={now} />
                </div>
                <p className={styles.statement}>{c.statement}</p>
                <ClaimSources sources={c.sources} quotes={!recordHref} />
                {recordHref ? (
                  <a className={styles.recordLink} href={`${recordHref}#${claimAnchorId(c.id)}`} data-testid="claim-record-link">
                    Quoted sources and history ({describeClaimEvents(c.events, { isDemo: c.isDemo }).length} changes)
                  </a>
                ) : (
                  <ClaimHistory entries={describeClaimEvents(c.events, { isDemo: c.isDemo })} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
