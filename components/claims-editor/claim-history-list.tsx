import { CLAIM_EVENT_LABELS } from "@/lib/claims/describe-claim-events";
import type { ClaimEventView } from "./claim-view";
import { FIELD_LABELS, formatDiffValue } from "./format-diff";
import styles from "./claims-editor.module.css";

/** Every change with who, when, why, the field-by-field diff and the evidence cited. */
export function ClaimHistoryList({ events, newestFirst = false }: { events: ClaimEventView[]; newestFirst?: boolean }) {
  const ordered = newestFirst ? [...events].reverse() : events;
  return (
    <ol className={styles.history}>
      {ordered.map((e) => (
        <li key={e.id} className={styles.historyItem}>
          <p className={styles.historyHead}>
            <strong>{CLAIM_EVENT_LABELS[e.type]}</strong> · version {e.claimVersion} · {e.by} ·{" "}
            <time dateTime={e.at}>{e.at.slice(0, 16).replace("T", " ")} UTC</time>
          </p>
          <p className={styles.note}>{e.note}</p>
          {Object.keys(e.diff).length > 0 && (
            <dl className={styles.diff}>
              {Object.entries(e.diff).map(([field, [before, after]]) => (
                <div key={field} className={styles.diffRow}>
                  <dt>{FIELD_LABELS[field] ?? field}</dt>
                  <dd>
                    <del aria-label="before">{formatDiffValue(field, before)}</del>
                    <span aria-hidden="true"> → </span>
                    <ins aria-label="after">{formatDiffValue(field, after)}</ins>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {e.evidence.length > 0 && (
            <p className={styles.evidence}>
              Evidence:{" "}
              {e.evidence.map((s, i) => (
                <span key={`${s.id ?? s.title}-${i}`}>
                  {i > 0 && "; "}
                  {s.url ? (
                    <a href={s.url} rel="noopener noreferrer" target="_blank">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}
                  {s.kind && <span className={styles.kind}> ({s.kind.toLowerCase()})</span>}
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
