import { CLAIM_STATUS_META } from "@/lib/claims/claim-labels";
import type { ClaimStatusCounts } from "@/lib/claims/count-claims-by-status";
import type { ClaimStatus } from "@/lib/db/enums";
import ui from "./ui.module.css";
import styles from "./model.module.css";

const ORDER: ClaimStatus[] = ["VERIFIED", "UNVERIFIED", "DISPUTED", "REFUTED", "RETRACTED"];

/** "What is known vs. claimed" at a glance: one line per status with its count. */
export function ClaimSummary({ counts }: { counts: ClaimStatusCounts }) {
  const total = ORDER.reduce((n, s) => n + counts[s], 0);
  return (
    <div data-testid="claim-summary">
      <p className={styles.summaryTotal}>
        <strong className="num">{counts.VERIFIED}</strong> of <span className="num">{total}</span> claims verified
      </p>
      <ul className={styles.summaryList}>
        {ORDER.filter((s) => counts[s] > 0).map((s) => {
          const meta = CLAIM_STATUS_META[s];
          return (
            <li key={s}>
              <span className={`${ui.badge} ${ui[meta.tone]}`}>
                <span className={ui.icon} aria-hidden="true">
                  {meta.icon}
                </span>
                {meta.label}
              </span>
              <span className="num">{counts[s]}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
