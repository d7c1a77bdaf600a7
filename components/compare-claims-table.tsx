import Link from "next/link";
import type { CSSProperties } from "react";
import { CLAIM_CATEGORY_LABELS, CLAIM_CATEGORY_ORDER, CONFIDENCE_LABELS } from "@/lib/claims/claim-labels";
import { countClaimsByStatus } from "@/lib/claims/count-claims-by-status";
import { groupClaimsByCategory } from "@/lib/claims/group-claims-by-category";
import type { ComparedClaim, ComparedModel } from "@/lib/models/get-model-comparison";
import { ClaimStatusBadge } from "./claim-status-badge";
import { ClaimStatusCounts } from "./claim-status-counts";
import ui from "./ui.module.css";
import styles from "./compare.module.css";

function ClaimCell({ claims, modelSlug }: { claims: ComparedClaim[]; modelSlug: string }) {
  if (claims.length === 0) return <span className="muted">No claim recorded</span>;
  return (
    <ul className={styles.claimList}>
      {claims.map((c) => (
        <li key={c.id} data-testid="compare-claim" data-status={c.status}>
          <span className={styles.claimMeta}>
            <ClaimStatusBadge status={c.status} />
            <span className={ui.chip} title="Confidence">
              {CONFIDENCE_LABELS[c.confidence]}
            </span>
            {c.needsRecheck ? <span className={ui.chipWarn}>Needs re-check</span> : null}
          </span>
          <Link href={`/models/${modelSlug}#claim-${c.id}`} className={styles.claimStatement}>
            {c.statement}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Claims side by side: a row group per category, a column per model, each
 * claim with its status (icon + word) and confidence, settled answers first.
 */
export function CompareClaimsTable({ models }: { models: ComparedModel[] }) {
  const byModel = models.map((m) => new Map(groupClaimsByCategory(m.claims).map((g) => [g.category, g.claims])));
  const categories = CLAIM_CATEGORY_ORDER.filter((cat) => byModel.some((groups) => groups.has(cat)));
  return (
    <div className={styles.claimsScroller} role="region" aria-label="Claims side by side" tabIndex={0}>
      <table className={styles.claims} style={{ "--cols": models.length } as CSSProperties} data-testid="compare-claims">
        <caption className="visually-hidden">Claims per category for {models.map((m) => m.name).join(", ")}</caption>
        <thead>
          <tr>
            {models.map((m) => (
              <th scope="col" key={m.slug}>
                <Link href={`/models/${m.slug}`}>{m.name}</Link>
                <span className={styles.sub}>{m.organization?.name ?? "Owner unconfirmed"}</span>
                <ClaimStatusCounts counts={countClaimsByStatus(m.claims)} />
              </th>
            ))}
          </tr>
        </thead>
        {categories.map((cat) => (
          <tbody key={cat} className={styles.category} data-testid="compare-category" data-category={cat}>
            <tr>
              <th scope="rowgroup" colSpan={models.length}>
                {CLAIM_CATEGORY_LABELS[cat]}
              </th>
            </tr>
            <tr>
              {models.map((m, i) => (
                <td key={m.slug}>
                  <ClaimCell claims={byModel[i]?.get(cat) ?? []} modelSlug={m.slug} />
                </td>
              ))}
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}
