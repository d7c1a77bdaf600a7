import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { SourceEntry } from "./source-entry";

/**
 * Records every name a version published, with the model it resolved to
 * (null: unmatched) and its latest figures, in one statement. A name keeps
 * the model it was mapped to; a newer version's figures replace an older
 * one's (a backfill may arrive in any order).
 */
export async function rememberSourceNames(
  tx: Tx,
  sourceId: string,
  versionDate: Date,
  entries: readonly { entry: SourceEntry; modelId: string | null; rank?: number | null }[],
): Promise<void> {
  if (entries.length === 0) return;
  const at = versionDate.toISOString();
  const rows = entries.map(({ entry, modelId, rank }) => ({
    id: randomUUID(),
    sourceKey: entry.sourceKey,
    displayName: entry.displayName,
    modelId,
    rating: entry.rating,
    ciLow: entry.ciLow ?? null,
    ciHigh: entry.ciHigh ?? null,
    rank: rank ?? null,
  }));
  const now = new Date().toISOString();
  await tx.$executeRaw`
    INSERT INTO "SourceName" ("id", "sourceId", "sourceKey", "displayName", "modelId", "firstSeenAt", "lastSeenAt",
      "lastRating", "lastCiLow", "lastCiHigh", "lastRank", "createdAt", "updatedAt")
    SELECT r."id", ${sourceId}, r."sourceKey", r."displayName", r."modelId", ${at}::timestamp(3), ${at}::timestamp(3),
      r."rating", r."ciLow", r."ciHigh", r."rank", ${now}::timestamp(3), ${now}::timestamp(3)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("id" text, "sourceKey" text, "displayName" text, "modelId" text,
      "rating" double precision, "ciLow" double precision, "ciHigh" double precision, "rank" integer)
    ON CONFLICT ("sourceId", "sourceKey") DO UPDATE SET
      "modelId" = COALESCE("SourceName"."modelId", EXCLUDED."modelId"),
      "firstSeenAt" = LEAST("SourceName"."firstSeenAt", EXCLUDED."firstSeenAt"),
      "displayName" = CASE WHEN EXCLUDED."lastSeenAt" >= "SourceName"."lastSeenAt" THEN EXCLUDED."displayName" ELSE "SourceName"."displayName" END,
      "lastRating" = CASE WHEN EXCLUDED."lastSeenAt" >= "SourceName"."lastSeenAt" THEN EXCLUDED."lastRating" ELSE "SourceName"."lastRating" END,
      "lastCiLow" = CASE WHEN EXCLUDED."lastSeenAt" >= "SourceName"."lastSeenAt" THEN EXCLUDED."lastCiLow" ELSE "SourceName"."lastCiLow" END,
      "lastCiHigh" = CASE WHEN EXCLUDED."lastSeenAt" >= "SourceName"."lastSeenAt" THEN EXCLUDED."lastCiHigh" ELSE "SourceName"."lastCiHigh" END,
      "lastRank" = CASE WHEN EXCLUDED."lastSeenAt" >= "SourceName"."lastSeenAt" THEN EXCLUDED."lastRank" ELSE "SourceName"."lastRank" END,
      "lastSeenAt" = GREATEST("SourceName"."lastSeenAt", EXCLUDED."lastSeenAt"),
      "updatedAt" = EXCLUDED."updatedAt"`;
}
