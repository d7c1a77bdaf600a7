"use client";

// A client component only so that the page carries the claims as data
// (lib/models/to-claim-list) rather than as a rendered tree twice over: it
// has no state. Both the profile and its claims record page use it.
import { claimAnchorId } from "@/lib/claims/claim-anchor";
import { CLAIM_CATEGORY_LABELS, CONFIDENCE_LABELS, SOURCE_KIND_LABELS } from "@/lib/claims/claim-labels";
import type { ClaimListGroup, ClaimListItem } from "@/lib/models/to-claim-list";
import { ClaimHistory } from "./claim-history";
import { ClaimSources } from "./claim-sources";
import { ClaimStatusBadge } from "./claim-status-badge";
import { EmptyState } from "./empty-state";
import { formatDate, isoDay } from "./format";
import styles from "./claims.module.css";

function ReviewDate({ review }: { review: ClaimListItem["review"] }) {
  if (!review) return null;
  const date = <time dateTime={isoDay(review.by)}>{formatDate(review.by)}</time>;
  if (review.due) {
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
 * checklist, the chart notes and ClaimReview urls. With `recordHref` (the
 * profile) each claim counts its sources by kind and links to its full record
 * — every source, quoted passages, history — on that page, which keeps the
 * profile light.
 */
export function ClaimsByCategory({ groups, modelName, recordHref }: { groups: ClaimListGroup[]; modelName: string; recordHref?: string }) {
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
                  <ReviewDate review={c.review} />
                </div>
                <p className={styles.statement}>{c.statement}</p>
                {recordHref ? (
                  <p className={styles.recordLine}>
                    <span data-testid="claim-source-kinds">
                      {c.sourceKinds.length
                        ? `Sources: ${c.sourceKinds.map((k) => `${k.count} ${SOURCE_KIND_LABELS[k.kind].toLowerCase()}`).join(", ")}`
                        : "No sources cited yet"}
                    </span>
                    <a href={`${recordHref}#${claimAnchorId(c.id)}`} data-testid="claim-record-link">
                      Sources, quotes and history ({c.changes} {c.changes === 1 ? "change" : "changes"})
                    </a>
                  </p>
                ) : (
                  <>
                    <ClaimSources sources={c.sources} />
                    {c.history ? <ClaimHistory entries={c.history} /> : null}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
