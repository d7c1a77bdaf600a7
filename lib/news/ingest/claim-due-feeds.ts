import type { Db } from "../../db";
import { claimDueRows, type ClaimDueOptions } from "../../db/claim-due-rows";

/** Leases up to `limit` due feeds (claimDueRows: SKIP LOCKED, a lease that ingestFeed clears). */
export function claimDueFeeds(db: Db, options: ClaimDueOptions): Promise<string[]> {
  return claimDueRows(db, "Feed", options);
}
