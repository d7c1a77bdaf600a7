import ui from "@/components/editor/editor.module.css";
import styles from "./admin.module.css";

/** Filters the audit log by action and actor: a plain GET form, so a filtered view is a link. */
export function AuditLogFilter({ actions, action, actor }: { actions: readonly string[]; action: string; actor: string }) {
  return (
    <form method="get" action="/admin/audit" className={styles.filter} aria-label="Filter the audit log" data-testid="audit-filter">
      <label className={ui.field}>
        <span className={ui.label}>Action</span>
        <select name="action" defaultValue={action}>
          <option value="">Every action</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </label>
      <label className={ui.field}>
        <span className={ui.label}>Actor</span>
        <input name="actor" type="text" defaultValue={actor} placeholder="e-mail or user id" />
      </label>
      <button type="submit" className={ui.buttonSecondary}>
        Filter
      </button>
    </form>
  );
}
