import Link from "next/link";
import { ClaimStatusBadge } from "@/components/claim-status-badge";
import shared from "@/components/editor/editor.module.css";
import { CLAIM_CATEGORY_LABELS } from "@/lib/claims/claim-labels";
import type { ClaimCategory, ClaimStatus } from "@/lib/db/enums";
import styles from "./claims-editor.module.css";

export interface ClaimTableRow {
  id: string;
  statement: string;
  category: ClaimCategory;
  status: ClaimStatus;
  reviewBy: Date | null;
  updatedAt: Date;
  model: { name: string };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Claims as a table linking to each claim's editor; `due` highlights the re-check date. */
export function ClaimTable({ rows, caption, show }: { rows: ClaimTableRow[]; caption: string; show: "reviewBy" | "updatedAt" }) {
  if (!rows.length) return <p className={shared.muted}>None.</p>;
  return (
    <div className={shared.tableWrap}>
      <table className={`${shared.table} ${styles.stackTable}`}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Model</th>
            <th scope="col">Status</th>
            <th scope="col">{show === "reviewBy" ? "Re-check was due" : "Changed"}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className={styles.statement}>
                <Link href={`/editor/claims/${r.id}`}>{r.statement}</Link>
                <div className={shared.hint}>{CLAIM_CATEGORY_LABELS[r.category]}</div>
              </td>
              <td>{r.model.name}</td>
              <td className={styles.nowrap}>
                <ClaimStatusBadge status={r.status} />
              </td>
              <td className={styles.nowrap}>
                {show === "reviewBy" ? (
                  <span className={styles.overdue}>⚠ {r.reviewBy ? day(r.reviewBy) : "—"}</span>
                ) : (
                  day(r.updatedAt)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
