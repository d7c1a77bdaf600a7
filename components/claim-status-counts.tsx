import { CLAIM_STATUS_META, COUNTED_STATUSES } from "@/lib/claims/claim-labels";
import type { ClaimStatusCounts } from "@/lib/claims/count-claims-by-status";
import styles from "./ui.module.css";

/** Compact per-status claim tallies (icon + number, with the words for screen readers). */
export function ClaimStatusCounts({ counts }: { counts: ClaimStatusCounts }) {
  const total = COUNTED_STATUSES.reduce((n, s) => n + counts[s], 0);
  if (total === 0) return <span className="muted">None yet</span>;
  return (
    <span className={styles.counts}>
      {COUNTED_STATUSES.map((s) => {
        const meta = CLAIM_STATUS_META[s];
        const n = counts[s];
        return (
          <span
            key={s}
            className={`${styles.count} ${styles[meta.tone]} ${n === 0 ? styles.zero : ""}`}
            title={`${n} ${meta.label.toLowerCase()}`}
            data-status={s}
          >
            <span aria-hidden="true">{meta.icon}</span>
            <span className="num">{n}</span>
            <span className="visually-hidden"> {meta.label.toLowerCase()}</span>
          </span>
        );
      })}
    </span>
  );
}
