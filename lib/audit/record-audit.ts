import type { Actor } from "../auth/actor";
import type { Prisma, Tx } from "../db";
import type { AuditAction, AuditRows } from "./audit-actions";
import type { RequestContext } from "./request-context";

type DataOf<A extends AuditAction> = AuditRows[A]["data"] extends undefined ? { data?: undefined } : { data: AuditRows[A]["data"] };

/** One audit row: an action of lib/audit/audit-actions.ts with the entity and data that action carries. */
export type AuditEntry<A extends AuditAction = AuditAction> = {
  [K in A]: {
    /** Who did it: a request's caller, a user named by a job, or null for the system. */
    actor: Actor | { userId: string } | null;
    action: K;
    entityType: AuditRows[K]["entityType"];
    entityId: string;
    /** Where the request came from; default: the actor's request. */
    request?: RequestContext;
  } & DataOf<K>;
}[A];

/** Writes one audit row in the caller's transaction, beside the change it records. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  const { actor } = entry;
  const full = actor && "via" in actor ? actor : null;
  const request = entry.request ?? full?.request ?? null;
  await tx.auditEvent.create({
    data: {
      actorId: actor?.userId ?? null,
      actorChannel: full?.via ?? null,
      tokenId: full?.tokenId ?? null,
      clientIp: request?.clientIp ?? null,
      userAgent: request?.userAgent ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      data: entry.data as Prisma.InputJsonValue | undefined,
    },
  });
}
