import type { Db } from "./index";
import { Prisma } from "./generated/client";

/** Tables whose rows are fetched on a schedule and leased by workers: same columns, same rule. */
export type LeasedTable = "Feed" | "LeaderboardSource";

export interface ClaimDueOptions {
  limit: number;
  /** How long the claim holds; a worker that dies mid-run frees its rows when it expires. */
  leaseMs: number;
  now?: Date;
}

/**
 * Leases up to `limit` due rows of `table` in one statement. SKIP LOCKED lets workers
 * claim concurrently without waiting on each other or claiming a row twice; the lease
 * keeps a row from being claimed again until its fetch clears it. Dates are passed in
 * (not now()) because the columns are UTC timestamps without a zone.
 */
export async function claimDueRows(db: Db, table: LeasedTable, { limit, leaseMs, now = new Date() }: ClaimDueOptions): Promise<string[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const t = Prisma.raw(`"${table}"`);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE ${t} SET "leaseUntil" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM ${t}
      WHERE "enabled" AND "nextFetchAt" <= ${now} AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
      ORDER BY "nextFetchAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((r) => r.id);
}
