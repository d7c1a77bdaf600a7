import type { Db } from "../db";
import { recordSignal } from "./record-signal";

/**
 * Records CLAIM_RECHECK_DUE once for each verified claim whose review date has
 * passed since it was last signalled (watchers of the model and editors get it).
 */
export async function recordRecheckDue(db: Db, now: Date = new Date()): Promise<number> {
  // Not runMutation(): a worker's sweep, like fanOutSignals (no actor, audit row or cache to expire).
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; modelId: string; statement: string; reviewBy: Date; slug: string }[]>`
      SELECT c."id", c."modelId", c."statement", c."reviewBy", m."slug"
      FROM "Claim" c JOIN "Model" m ON m."id" = c."modelId"
      WHERE c."status" = 'VERIFIED' AND c."reviewBy" IS NOT NULL AND c."reviewBy" <= ${now}
        AND NOT EXISTS (
          SELECT 1 FROM "Signal" s WHERE s."claimId" = c."id" AND s."type" = 'CLAIM_RECHECK_DUE' AND s."occurredAt" >= c."reviewBy"
        )
      ORDER BY c."reviewBy" LIMIT 500
      FOR UPDATE OF c SKIP LOCKED`;
    for (const c of due) {
      await recordSignal(tx, {
        type: "CLAIM_RECHECK_DUE",
        title: `Claim needs re-check: ${c.statement}`.slice(0, 300),
        modelId: c.modelId,
        claimId: c.id,
        payload: { model: c.slug, reviewBy: c.reviewBy.toISOString() },
      });
    }
    return due.length;
  });
}
