import type { AuditLogEntry } from "@/lib/accounts/list-audit-log";
import { formatMoment } from "@/components/account/format-moment";
import ui from "@/components/editor/editor.module.css";
import styles from "./admin.module.css";

/** The details of an entry as short `key: value` lines (JSON objects are flat here: from, to, note…). */
function describeData(data: unknown): string[] {
  if (data === null || data === undefined) return [];
  if (typeof data !== "object" || Array.isArray(data)) return [JSON.stringify(data)];
  return Object.entries(data).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
}

/** Audit entries as a list of small records: they read as well on a phone as on a desk. */
export function AuditLogTable({ entries }: { entries: AuditLogEntry[] }) {
  if (entries.length === 0) return <p className={ui.muted}>No audited actions yet.</p>;
  return (
    <ol className={styles.log}>
      {entries.map((e) => {
        const details = describeData(e.data);
        return (
          <li key={e.id} className={styles.entry} data-action={e.action}>
            <p className={styles.entryHead}>
              <code className={styles.action}>{e.action}</code>
              <span>
                by {e.actor ? e.actor.email : <span className={ui.muted}>the system</span>}
              </span>
              <time dateTime={e.createdAt} className={styles.when}>
                {formatMoment(e.createdAt)}
              </time>
            </p>
            <p className={styles.target}>
              {e.entityType} <code>{e.entityId}</code>
            </p>
            {e.actorChannel || e.clientIp || e.userAgent ? (
              <p className={styles.target} data-testid="audit-origin">
                {e.actorChannel === "token" ? <>with API token <code>{e.tokenId}</code></> : e.actorChannel === "session" ? "signed in" : null}
                {e.clientIp ? <> from <code>{e.clientIp}</code></> : null}
                {e.userAgent ? <> · {e.userAgent}</> : null}
              </p>
            ) : null}
            {details.length ? (
              <ul className={styles.details}>
                {details.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
