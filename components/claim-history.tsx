import type { ClaimHistoryEntry } from "@/lib/claims/describe-claim-events";
import { ClaimStatusBadge } from "./claim-status-badge";
import { formatDate, isoDay } from "./format";
import styles from "./claims.module.css";

/** A claim's audit trail, collapsed by default: most readers want the verdict, some want how it was reached. */
export function ClaimHistory({ entries }: { entries: ClaimHistoryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <details className={styles.history} data-testid="claim-history">
      <summary>
        History <span className={styles.historyCount}>({entries.length} {entries.length === 1 ? "change" : "changes"})</span>
      </summary>
      <ol className={styles.historyList}>
        {entries.map((e) => (
          <li key={e.id} data-testid="claim-event">
            <p className={styles.historyLine}>
              <time dateTime={isoDay(e.at)}>{formatDate(e.at)}</time>
              <span className={styles.historyAction}>{e.action}</span>
              <span>by {e.who}</span>
            </p>
            {e.toStatus ? (
              <p className={styles.historyMove}>
                {e.fromStatus ? (
                  <>
                    <ClaimStatusBadge status={e.fromStatus} />
                    <span aria-hidden="true">→</span>
                    <span className="visually-hidden"> to </span>
                  </>
                ) : null}
                <ClaimStatusBadge status={e.toStatus} />
              </p>
            ) : null}
            <p className={styles.historyNote}>{e.note}</p>
            {e.evidence.length ? (
              <p className={styles.historyEvidence}>
                Evidence:{" "}
                {e.evidence.map((ev, i) => (
                  <span key={`${i}-${ev.title}`}>
                    {i > 0 ? "; " : null}
                    {ev.url ? (
                      <a href={ev.url} rel="noopener noreferrer" target="_blank">
                        {ev.title}
                      </a>
                    ) : (
                      ev.title
                    )}
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
