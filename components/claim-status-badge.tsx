import type { ClaimStatus } from "@/lib/db/enums";
import { CLAIM_STATUS_META } from "@/lib/claims/claim-labels";
import styles from "./ui.module.css";

/** Status as icon + word: colour only reinforces it. */
export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  const meta = CLAIM_STATUS_META[status];
  return (
    <span className={`${styles.badge} ${styles[meta.tone]}`} title={meta.description} data-status={status}>
      <span className={styles.icon} aria-hidden="true">
        {meta.icon}
      </span>
      {meta.label}
    </span>
  );
}
