import shared from "@/components/editor/editor.module.css";
import { formatCount } from "@/components/format";
import type { FeedHealth } from "@/lib/api/v1/schemas/feed-schemas";
import styles from "./feed-health.module.css";
import { FeedRowActions } from "./feed-row-actions";
import { FEED_STATUS_LABELS, feedStatus, relativeTime } from "./feed-status";

const ROW_CLASS = { broken: styles.rowBroken, disabled: styles.rowDisabled } as Record<string, string | undefined>;

function When({ iso, now }: { iso: string | null; now: Date }) {
  return iso ? (
    <time className={styles.when} dateTime={iso} title={iso.replace("T", " ").slice(0, 16) + " UTC"}>
      {relativeTime(iso, now)}
    </time>
  ) : (
    <span className={shared.muted}>never</span>
  );
}

/** Every feed's health: broken ones marked and listed first by the caller. */
export function FeedHealthTable({ feeds, now }: { feeds: FeedHealth[]; now: Date }) {
  return (
    <div className={shared.tableWrap}>
      <table className={`${shared.table} ${styles.table}`}>
        <thead>
          <tr>
            <th scope="col">Feed</th>
            <th scope="col">Status</th>
            <th scope="col">Last attempt</th>
            <th scope="col">Last success</th>
            <th scope="col" className={styles.num}>
              HTTP
            </th>
            <th scope="col" className={styles.num}>
              Errors
            </th>
            <th scope="col">Next fetch</th>
            <th scope="col" className={styles.num}>
              Items 7 d / 30 d
            </th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {feeds.map((f) => {
            const status = feedStatus(f);
            const label = f.title ?? f.url;
            return (
              <tr key={f.id} className={ROW_CLASS[status]} data-status={status}>
                <td>
                  <div className={f.title ? styles.feedTitle : styles.url}>{label}</div>
                  {f.title ? <div className={styles.url}>{f.url}</div> : null}
                </td>
                <td data-label="Status">
                  <span className={`${styles.badge} ${styles[status === "new" ? "ok" : status]}`}>{FEED_STATUS_LABELS[status]}</span>
                  {f.disabledReason ? <div className={styles.reason}>{f.disabledReason}</div> : null}
                  {f.lastError && !f.disabledReason?.includes(f.lastError) ? <div className={styles.lastError}>{f.lastError}</div> : null}
                </td>
                <td data-label="Last attempt">
                  <When iso={f.lastAttemptAt} now={now} />
                </td>
                <td data-label="Last success">
                  <When iso={f.lastSuccessAt} now={now} />
                </td>
                <td data-label="HTTP" className={styles.num}>
                  {f.lastStatus ?? "—"}
                </td>
                <td data-label="Consecutive errors" className={styles.num}>
                  {f.consecutiveErrors}
                </td>
                <td data-label="Next fetch">
                  {!f.enabled ? (
                    <span className={shared.muted}>—</span>
                  ) : Date.parse(f.nextFetchAt) <= now.getTime() ? (
                    "due now"
                  ) : (
                    <When iso={f.nextFetchAt} now={now} />
                  )}
                </td>
                <td data-label="Items 7 d / 30 d" className={styles.num}>
                  {formatCount(f.itemsLast7Days)} / {formatCount(f.itemsLast30Days)}
                </td>
                <td>
                  <FeedRowActions id={f.id} label={label} enabled={f.enabled} intervalMinutes={f.intervalMinutes} version={f.version} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
