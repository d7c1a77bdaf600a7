import type { Db } from "../../db";

/** Whether any enabled feed is due and not leased: the worker starts an ingestion run only then. */
export async function hasDueFeeds(db: Db, now = new Date()): Promise<boolean> {
  const due = await db.feed.findFirst({
    where: { enabled: true, nextFetchAt: { lte: now }, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    select: { id: true },
  });
  return due !== null;
}
