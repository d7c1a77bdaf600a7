import { CLAIM_CATEGORY_LABELS, CONFIDENCE_LABELS } from "@/lib/claims/claim-labels";
import type { ClaimGroup } from "@/lib/claims/group-claims-by-category";
import type { ProfileClaim } from "@/lib/models/get-model-profile";
import { ClaimSources } from "./claim-sources";
import { ClaimStatusBadge } from "./claim-status-badge";
import { EmptyState } from "./empty-state";
import { formatDate } from "./format";
import styles from "./claims.module.css";

export function ClaimsByCategory({ groups, modelName }: { groups: ClaimGroup<ProfileClaim>[]; modelName: string }) {
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
            <span className={styles.groupCount}>{g.claims.length}</span>
          </h3>
          <ul className={styles.claims}>
            {g.claims.map((c) => (
              <li
                key={c.id}
                className={`${styles.claim} ${c.status === "RETRACTED" ? styles.retracted : ""}`}
                data-testid="claim"
                data-status={c.status}
              >
                <div className={styles.claimHead}>
                  <ClaimStatusBadge status={c.status} />
                  <span className={styles.confidence} title="Editors' confidence in the statement">
                    Confidence: {CONFIDENCE_LABELS[c.confidence]}
                  </span>
                  {c.reviewBy && c.status === "VERIFIED" ? (
                    <span className={styles.reviewBy}>re-check by {formatDate(c.reviewBy)}</span>
                  ) : null}
                </div>
                <p className={styles.statement}>{c.statement}</p>
                <ClaimSources sources={c.sources} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
