import { saneDateTime } from "../db/sane-date";
import { z } from "zod";
import type { Db, Prisma } from "../db";
import { toPage, type Page } from "../api/paginate";

export const AUDIT_LOG_SCOPE = "audit-log";
/** What an audit-log cursor carries: the last entry's [createdAt, id]. */
export const AUDIT_LOG_KEY = z.tuple([saneDateTime, z.string()]);

export interface AuditLogEntry {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  data: Prisma.JsonValue;
  createdAt: string;
  actor: { id: string; email: string; name: string | null } | null;
}

/**
 * The audit log, newest first, resumed after `after` ([createdAt, id] of the
 * last row seen): a keyset page, stable while new rows arrive at the top.
 */
export async function listAuditLog(
  db: Db,
  opts: { limit: number; after?: readonly [string, string]; action?: string },
): Promise<Page<AuditLogEntry>> {
  const where: Prisma.AuditEventWhereInput = {};
  if (opts.action) where.action = opts.action;
  if (opts.after) {
    const [at, id] = opts.after;
    where.OR = [{ createdAt: { lt: new Date(at) } }, { createdAt: new Date(at), id: { lt: id } }];
  }
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit + 1,
    select: {
      id: true,
      action: true,
      entityType: true,
      entityId: true,
      data: true,
      createdAt: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  const entries = rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  return toPage(entries, opts.limit, AUDIT_LOG_SCOPE, (e) => [e.createdAt, e.id]);
}
