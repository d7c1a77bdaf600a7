import { saneDateTime } from "../db/sane-date";
import { z } from "zod";
import type { Db, Prisma } from "../db";
import { toPage, type Page } from "@/lib/db/paginate";

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
  /** How the actor came: a browser session or an API token (null for the system and for jobs). */
  actorChannel: "session" | "token" | null;
  tokenId: string | null;
  clientIp: string | null;
  userAgent: string | null;
}

export interface AuditLogFilter {
  /** Only rows of this action (lib/audit/audit-actions.ts). */
  action?: string;
  /** Only rows by this user: their id or e-mail address. */
  actor?: string;
}

/**
 * The audit log, newest first, resumed after `after` ([createdAt, id] of the
 * last row seen): a keyset page, stable while new rows arrive at the top.
 */
export async function listAuditLog(
  db: Db,
  opts: { limit: number; after?: readonly [string, string] } & AuditLogFilter,
): Promise<Page<AuditLogEntry>> {
  const where: Prisma.AuditEventWhereInput = {};
  if (opts.action) where.action = opts.action;
  if (opts.actor) where.actor = { OR: [{ id: opts.actor }, { email: opts.actor.trim().toLowerCase() }] };
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
      actorChannel: true,
      tokenId: true,
      clientIp: true,
      userAgent: true,
    },
  });
  const entries = rows.map((r) => ({ ...r, actorChannel: channelOf(r.actorChannel), createdAt: r.createdAt.toISOString() }));
  return toPage(entries, opts.limit, AUDIT_LOG_SCOPE, (e) => [e.createdAt, e.id]);
}

function channelOf(value: string | null): AuditLogEntry["actorChannel"] {
  return value === "session" || value === "token" ? value : null;
}
