import type { Metadata } from "next";
import Link from "next/link";
import { decodeCursor } from "@/lib/db/cursor";
import { DEFAULT_PAGE_SIZE } from "@/lib/db/paginate";
import { AUDIT_LOG_SCOPE, AUDIT_LOG_KEY, listAuditLog } from "@/lib/accounts/list-audit-log";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getDb } from "@/lib/db";
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
  const page = await listAuditLog(await getDb(), { limit: DEFAULT_PAGE_SIZE, after });
  return (
    <>
      <header className={styles.header}>
        <h1>Audit log</h1>
        <p className={ui.muted}>Every audited change — roles, accounts, tokens, editorial work — newest first. Entries are never edited.</p>
      </header>
      <section className={`${ui.panel} ${styles.fit}`} aria-label="Audit events">
        <AuditLogTable entries={page.items} />
        <nav className={ui.row} aria-label="Audit log pages">
          {after ? <Link href="/admin/audit">Newest</Link> : null}
          {page.next ? <Link href={`/admin/audit?cursor=${encodeURIComponent(page.next)}`}>Older entries →</Link> : null}
        </nav>
      </section>
    </>
  );
}
