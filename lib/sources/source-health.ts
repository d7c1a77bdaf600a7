import type { Db, Tx } from "@/lib/db";
import type { ColumnMapping, SourceAdapterName } from "./source-entry";

/** A source as editors see it: settings, health, how many versions it stored. Never its secret header values. */
export interface SourceHealth {
  id: string;
  leaderboard: string;
  url: string;
  adapter: SourceAdapterName;
  selector: string | null;
  mapping: ColumnMapping | null;
  createModels: boolean;
  intervalMinutes: number;
  /** Names of the secret request headers; their values are write-only. */
  secretHeaderNames: string[];
  enabled: boolean;
  disabledReason: string | null;
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  lastStatus: number | null;
  consecutiveErrors: number;
  lastError: string | null;
  nextFetchAt: Date;
  /** Distinct versions stored. */
  versions: number;
  latestVersionDate: Date | null;
  version: number;
}

/** Reads the board's sources with their version counts; the header names come from a query that names nothing else secret. */
export async function loadSourceHealth(db: Db | Tx, where: { leaderboardId: string } | { id: string }): Promise<SourceHealth[]> {
  const rows = await db.leaderboardSource.findMany({
    where,
    orderBy: { createdAt: "asc" },
    include: { leaderboard: { select: { slug: true } }, _count: { select: { versions: true } } },
  });
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  // Only the keys of the secret headers leave the database: jsonb_object_keys, never the values.
  const names = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT "id", jsonb_object_keys("secretHeaders") AS "name" FROM "LeaderboardSource"
    WHERE "id" = ANY(${ids}::text[]) AND jsonb_typeof("secretHeaders") = 'object'`;
  const latest = await db.sourceVersion.groupBy({ by: ["sourceId"], where: { sourceId: { in: ids } }, _max: { versionDate: true } });
  return rows.map((r) => ({
    id: r.id,
    leaderboard: r.leaderboard.slug,
    url: r.url,
    adapter: r.adapter as SourceAdapterName,
    selector: r.selector,
    mapping: (r.mapping as ColumnMapping | null) ?? null,
    createModels: r.createModels,
    intervalMinutes: r.intervalMinutes,
    secretHeaderNames: names.filter((n) => n.id === r.id).map((n) => n.name).sort(),
    enabled: r.enabled,
    disabledReason: r.disabledReason,
    lastAttemptAt: r.lastAttemptAt,
    lastSuccessAt: r.lastSuccessAt,
    lastStatus: r.lastStatus,
    consecutiveErrors: r.consecutiveErrors,
    lastError: r.lastError,
    nextFetchAt: r.nextFetchAt,
    versions: r._count.versions,
    latestVersionDate: latest.find((l) => l.sourceId === r.id)?._max.versionDate ?? null,
    version: r.version,
  }));
}
