import Link from "next/link";
import { ClaimStatusBadge } from "@/components/claim-status-badge";
import { ClaimTable } from "@/components/claims-editor/claim-table";
import styles from "@/components/claims-editor/claims-editor.module.css";
import shared from "@/components/editor/editor.module.css";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { CLAIM_STATUS_META } from "@/lib/claims/claim-labels";
import { listEditorClaims } from "@/lib/claims/list-editor-claims";
import { getDb } from "@/lib/db";
import { ClaimStatus } from "@/lib/db/enums";

export const metadata = { title: "Claims · Editor" };

const parseStatus = (v: string | string[] | undefined) => (typeof v === "string" && Object.hasOwn(ClaimStatus, v) ? (v as ClaimStatus) : undefined);

export default async function EditorClaimsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageActor("claims.edit", "/editor/claims");
  const status = parseStatus((await searchParams).status);
  const desk = await listEditorClaims(await getDb(), { status, now: new Date() });

  return (
    <>
      <div className={styles.titleRow}>
        <h1>Claims</h1>
        <Link className={shared.button} href="/editor/claims/new">
          + New claim
        </Link>
      </div>

      <section className={shared.panel} aria-labelledby="recheck-heading">
        <h2 id="recheck-heading">Needs re-check ({desk.needsRecheck.length})</h2>
        <p className={shared.hint}>Verified or refuted claims whose re-check date has passed: prices and availability go stale.</p>
        <ClaimTable rows={desk.needsRecheck} caption="Claims that need re-checking" show="reviewBy" />
      </section>

      <section className={shared.panel} aria-labelledby="status-heading">
        <h2 id="status-heading">By status</h2>
        <ul className={styles.counts}>
          {Object.values(ClaimStatus).map((s) => (
            <li key={s}>
              <Link href={`/editor/claims?status=${s}`} aria-current={status === s ? "true" : undefined}>
                <ClaimStatusBadge status={s} /> {desk.counts[s]}
              </Link>
            </li>
          ))}
        </ul>
        {status && (
          <>
            <h3>
              {CLAIM_STATUS_META[status].label} ({desk.counts[status]}){" "}
              <Link className={shared.hint} href="/editor/claims">
                clear
              </Link>
            </h3>
            <ClaimTable rows={desk.listed} caption={`${CLAIM_STATUS_META[status].label} claims`} show="updatedAt" />
          </>
        )}
      </section>

      <section className={shared.panel} aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recently changed</h2>
        <ClaimTable rows={desk.recentlyChanged} caption="Recently changed claims" show="updatedAt" />
      </section>
    </>
  );
}
