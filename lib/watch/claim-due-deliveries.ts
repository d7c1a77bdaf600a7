import type { Db } from "../db";

/**
 * Leases up to `limit` due outbox rows in one statement: pending rows whose
 * time has come, and rows a crashed worker left SENDING past their lease.
 * SKIP LOCKED lets several workers claim at once without sharing a row.
 */
export async function claimDueDeliveries(db: Db, opts: { limit: number; now: Date; leaseMs: number; mail: boolean }): Promise<string[]> {
  const leaseUntil = new Date(opts.now.getTime() + opts.leaseMs);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Delivery" SET "status" = 'SENDING', "leaseUntil" = ${leaseUntil}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Delivery"
      WHERE (("status" = 'PENDING' AND "nextAttemptAt" <= ${opts.now}) OR ("status" = 'SENDING' AND "leaseUntil" < ${opts.now}))
        AND (${opts.mail} OR "channel" <> 'EMAIL')
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${opts.limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((r) => r.id);
}
