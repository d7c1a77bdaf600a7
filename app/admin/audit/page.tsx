import type { Metadata } from "next";
import Link from "next/link";
import { decodeCursor } from "@/lib/db/cursor";
import { DEFAULT_PAGE_SIZE } from "@/lib/db/paginate";
import { AUDIT_LOG_SCOPE, AUDIT_LOG_KEY, listAuditLog } from "@/lib/accounts/list-audit-log";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDb } from "@/lib/db";
import { AuditLogFilter } from "@/components/admin/audit-log-filter";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import styles from "@/components/account/account.module.css";
import ui from "@/components/editor/editor.module.css";

export const metadata: Metadata = { title: "Audit log" };

type Query = Record<string, string | string[] | undefined>;

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Query> }) {
  await requirePageActor("audit.read", "/admin/audit");
  const query = await searchParams;
  const cursor = typeof query.cursor === "string" ? query.cursor : undefined;
  // A cursor that does not decode starts from the newest entry rather than failing.
  const after = cursor ? (decodeCursor(cursor, AUDIT_LOG_SCOPE, AUDIT_LOG_KEY) ?? undefined) : undefined;
  const action = typeof query.action === "string" ? query.action.trim() : "";
  const actor = typeof query.actor === "string" ? query.actor.trim() : "";
  const page = await listAuditLog(await getDb(), { limit: DEFAULT_PAGE_SIZE, after, action: action || undefined, actor: actor || undefined });
  const filter = new URLSearchParams({ ...(action ? { action } : {}), ...(actor ? { actor } : {}) });
  const pageHref = (next?: string) => {
    const params = new URLSearchParams(filter);
    if (next) params.set("cursor", next);
    const search = params.toString();
    return search ? `/admin/audit?${search}` : "/admin/audit";
  };
  return (
    <>
      <header className={styles.header}>
        <h1>Audit log</h1>
        <p className={ui.muted}>Every audited change — roles, accounts, tokens, editorial work — newest first. Entries are never edited.</p>
      </header>
      <section className={`${ui.panel} ${styles.fit}`} aria-label="Audit events">
        <AuditLogFilter actions={AUDIT_ACTIONS} action={action} actor={actor} />
        <AuditLogTable entries={page.items} />
        <nav className={ui.row} aria-label="Audit log pages">
          {after ? <Link href={pageHref()}>Newest</Link> : null}
          {page.next ? <Link href={pageHref(page.next)}>Older entries →</Link> : null}
        </nav>
      </section>
    </>
  );
}
