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
  // Short keys, and none for an absent value or a shown name equal to the key: hundreds of
  // rows per version pass through Prisma's query compiler, which costs by the byte.
  const rows = entries.map(({ entry, modelId, rank }) => ({
    k: entry.sourceKey,
    d: entry.displayName === entry.sourceKey ? undefined : entry.displayName,
    m: modelId ?? undefined,
    r: entry.rating,
    lo: entry.ciLow,
    hi: entry.ciHigh,
    n: rank ?? undefined,
  }));
  const now = new Date().toISOString();
  await tx.$executeRaw`
    INSERT INTO "SourceName" ("id", "sourceId", "sourceKey", "displayName", "modelId", "firstSeenAt", "lastSeenAt",
      "lastRating", "lastCiLow", "lastCiHigh", "lastRank", "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, ${sourceId}, r."k", COALESCE(r."d", r."k"), r."m", ${at}::timestamp(3), ${at}::timestamp(3),
      r."r", r."lo", r."hi", r."n", ${now}::timestamp(3), ${now}::timestamp(3)
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r("k" text, "d" text, "m" text, "r" double precision, "lo" double precision, "hi" double precision, "n" integer)
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
