import type { Prisma, Tx } from "../db";

export interface AuditEntry {
  actorId: string | null;
  /** What happened, as `area.verb`: "user.role-change", "model.merge", "token.revoke". */
  action: string;
  entityType: string;
  entityId: string;
  data?: Prisma.InputJsonValue;
}

/** Writes one audit row in the caller's transaction, beside the change it records. */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: entry });
}
