import type { Db } from "@/lib/db";

/**
 * Leases up to `limit` due sources in one statement, as claimDueFeeds does for
 * feeds: SKIP LOCKED lets workers claim side by side without taking a source
 * twice; the lease keeps it from being claimed again until fetchSource clears
 * it, or until it expires after a worker died mid-fetch.
 */
export async function claimDueSources(db: Db, { limit, leaseMs, now = new Date() }: { limit: number; leaseMs: number; now?: Date }): Promise<string[]> {
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "LeaderboardSource" SET "leaseUntil" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "LeaderboardSource"
      WHERE "enabled" AND "nextFetchAt" <= ${now} AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
      ORDER BY "nextFetchAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  return rows.map((r) => r.id);
}

/** Whether any enabled source is due and not leased: the worker starts a run only then. */
export async function hasDueSources(db: Db, now = new Date()): Promise<boolean> {
  const due = await db.leaderboardSource.findFirst({
    where: { enabled: true, nextFetchAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    select: { id: true },
  });
  return due !== null;
}
