import type { AuditLogEntry } from "@/lib/accounts/list-audit-log";
import { formatMoment } from "@/components/account/format-moment";
import ui from "@/components/editor/editor.module.css";
import account from "@/components/account/account.module.css";
import styles from "./admin.module.css";

/** The details of an entry as short `key: value` lines (JSON objects are flat here: from, to, note…). */
function describeData(data: unknown): string[] {
  if (data === null || data === undefined) return [];
  if (typeof data !== "object" || Array.isArray(data)) return [JSON.stringify(data)];
  return Object.entries(data).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
}

export function AuditLogTable({ entries }: { entries: AuditLogEntry[] }) {
  if (entries.length === 0) return <p className={ui.muted}>No audited actions yet.</p>;
  return (
    <div className={ui.tableWrap}>
      <table className={`${ui.table} ${account.table}`}>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">On</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td className={account.nowrap}>
                <time dateTime={e.createdAt}>{formatMoment(e.createdAt)}</time>
              </td>
              <td className={account.nowrap}>{e.actor ? e.actor.email : <span className={ui.muted}>system</span>}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>
                {e.entityType} <code className={styles.id}>{e.entityId}</code>
              </td>
              <td>
                <ul className={styles.details}>
                  {describeData(e.data).map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
