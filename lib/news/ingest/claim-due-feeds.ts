import type { Db } from "../../db";

export interface ClaimDueFeedsOptions {
  limit: number;
  /** How long the claim holds; a worker that dies mid-run frees its feeds when it expires. */
  leaseMs: number;
  now?: Date;
}

/**
 * Leases up to `limit` due feeds in one statement. SKIP LOCKED lets workers
 * claim concurrently without waiting on each other or claiming a feed twice;
 * the lease keeps a feed from being claimed again until ingestFeed clears it.
 * Dates are passed in (not now()) because the columns are UTC timestamps without a zone.
 */
export async function claimDueFeeds(db: Db, { limit, leaseMs, now = new Date() }: ClaimDueFeedsOptions): Promise<string[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Feed" SET "leaseUntil" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "Feed"
      WHERE "enabled" AND "nextFetchAt" <= ${now} AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
      ORDER BY "nextFetchAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((r) => r.id);
}
