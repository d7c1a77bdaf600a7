import type { Db } from "@/lib/db";
import { claimDueRows, type ClaimDueOptions } from "@/lib/db/claim-due-rows";

/** Leases up to `limit` due sources, as feeds are (claimDueRows); fetchSource clears the lease. */
export function claimDueSources(db: Db, options: ClaimDueOptions): Promise<string[]> {
  return claimDueRows(db, "LeaderboardSource", options);
}

const dueAt = (now: Date) => ({ enabled: true, nextFetchAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] });

/** Whether any enabled source is due and not leased: the worker starts a run only then. */
export async function hasDueSources(db: Db, now = new Date()): Promise<boolean> {
  return (await db.leaderboardSource.findFirst({ where: dueAt(now), select: { id: true } })) !== null;
}

/** How many enabled sources are due and not leased. */
export function countDueSources(db: Db, now = new Date()): Promise<number> {
  return db.leaderboardSource.count({ where: dueAt(now) });
}
