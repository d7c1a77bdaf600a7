import type { Db } from "@/lib/db";
import { claimDueRows, type ClaimDueOptions } from "@/lib/db/claim-due-rows";

/** Leases up to `limit` due sources, as feeds are (claimDueRows); fetchSource clears the lease. */
export function claimDueSources(db: Db, options: ClaimDueOptions): Promise<string[]> {
  return claimDueRows(db, "LeaderboardSource", options);
}

/** Whether any enabled source is due and not leased: the worker starts a run only then. */
export async function hasDueSources(db: Db, now = new Date()): Promise<boolean> {
  const due = await db.leaderboardSource.findFirst({
    where: { enabled: true, nextFetchAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    select: { id: true },
  });
  return due !== null;
}
