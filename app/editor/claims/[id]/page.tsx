import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimStatusBadge } from "@/components/claim-status-badge";
import { ClaimEditForm } from "@/components/claims-editor/claim-edit-form";
import { ClaimHistoryList } from "@/components/claims-editor/claim-history-list";
import { ClaimRecheckForm } from "@/components/claims-editor/claim-recheck-form";
import { ClaimRetractForm } from "@/components/claims-editor/claim-retract-form";
import { ClaimSourceForm } from "@/components/claims-editor/claim-source-form";
import { ClaimSourceList } from "@/components/claims-editor/claim-source-list";
import { ClaimStatusForm } from "@/components/claims-editor/claim-status-form";
import styles from "@/components/claims-editor/claims-editor.module.css";
import shared from "@/components/editor/editor.module.css";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { CLAIM_CATEGORY_LABELS, CONFIDENCE_LABELS } from "@/lib/claims/claim-labels";
import { getClaimForEditor } from "@/lib/claims/get-claim-for-editor";
import { isReviewDue } from "@/lib/claims/is-review-due";
import { getDb } from "@/lib/db";

export const metadata = { title: "Claim · Editor" };

export default async function EditClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageActor("claims.edit", `/editor/claims/${encodeURIComponent(id)}`);
  const found = await getClaimForEditor(await getDb(), id);
  if (!found) notFound();
  const { claim, modelName } = found;
  const retracted = claim.status === "RETRACTED";
  const due = isReviewDue(claim, new Date());

  return (
    <>
      <header className={`${shared.panel} ${styles.header}`}>
        <p className={styles.meta}>
          <Link href="/editor/claims">← Claims</Link>
          <span>
            Model: <Link href={claim.links.html}>{modelName}</Link>
          </span>
          <span>{CLAIM_CATEGORY_LABELS[claim.category]}</span>
        </p>
        <h1 className={styles.statement}>{claim.statement}</h1>
        <p className={styles.meta}>
          <ClaimStatusBadge status={claim.status} />
          <span>Confidence: {CONFIDENCE_LABELS[claim.confidence]}</span>
          <span>Version {claim.version}</span>
          <span className={due ? styles.overdue : undefined}>
            {due ? "⚠ Needs re-check since " : "Re-check by "}
            {claim.reviewBy ? claim.reviewBy.slice(0, 10) : "—"}
          </span>
        </p>
      </header>

      <div className={styles.layout}>
        <div className={styles.stack}>
          {due && (
            <section className={shared.panel}>
              <ClaimRecheckForm claim={claim} />
            </section>
          )}
          {!retracted && (
            <section className={shared.panel}>
              <ClaimStatusForm claim={claim} />
            </section>
          )}
          <section className={shared.panel}>
            <ClaimEditForm claim={claim} disabled={retracted} />
            {retracted && <p className={shared.hint}>A retracted claim is read-only: restore it to edit.</p>}
          </section>
          {!retracted && (
            <section className={shared.panel}>
              <ClaimSourceForm claim={claim} />
            </section>
          )}
          <section className={shared.panel}>
            <ClaimRetractForm claim={claim} />
          </section>
        </div>
        <div className={styles.stack}>
          <section className={shared.panel} aria-labelledby="sources-heading">
            <h2 id="sources-heading">Sources ({claim.sources.length})</h2>
            <ClaimSourceList sources={claim.sources} />
          </section>
          <section className={shared.panel} aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            <ClaimHistoryList events={claim.history} newestFirst />
          </section>
        </div>
      </div>
    </>
  );
}
