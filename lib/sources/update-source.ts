import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { Prisma, type Db, type Tx } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { scheduleChange } from "@/lib/db/schedule-change";
import { ConflictError, PolicyViolationError } from "@/lib/errors";
import { MAX_SECRET_HEADERS } from "./add-source";
import { bumpSourceVersion, readSourceForChange } from "./read-source-for-change";
import { loadSourceHealth, type SourceHealth } from "./source-health";
import type { ColumnMapping } from "./source-entry";

/** What an editor may change on a source; omitted fields stay as they are. */
export interface SourceChange {
  url?: string;
  selector?: string | null;
  intervalMinutes?: number;
  enabled?: boolean;
  /** Why it is disabled; goes with `enabled: false`. */
  reason?: string;
  createModels?: boolean;
  mapping?: ColumnMapping;
  /** Secret headers by name: a value sets or replaces one, null removes it; the others stay. */
  headers?: Record<string, string | null>;
}

async function mergeHeaders(tx: Tx, sourceId: string, change: Record<string, string | null>) {
  // Asked for by name: the values never leave this function except into the row.
  const row = await tx.leaderboardSource.findUniqueOrThrow({ where: { id: sourceId }, select: { secretHeaders: true } });
  const current = row.secretHeaders && typeof row.secretHeaders === "object" && !Array.isArray(row.secretHeaders) ? (row.secretHeaders as Record<string, string>) : {};
  const byLower = new Map(Object.keys(current).map((k) => [k.toLowerCase(), k]));
  const next = { ...current };
  const set: string[] = [];
  const removed: string[] = [];
  for (const [name, value] of Object.entries(change)) {
    const existing = byLower.get(name.toLowerCase());
    if (existing !== undefined) delete next[existing];
    if (value === null) {
      if (existing !== undefined) removed.push(existing);
    } else {
      next[name] = value;
      set.push(name);
    }
  }
  if (Object.keys(next).length > MAX_SECRET_HEADERS) throw new PolicyViolationError(`A source sends at most ${MAX_SECRET_HEADERS} secret headers.`, "source-headers");
  return { value: Object.keys(next).length ? next : null, set, removed };
}

/**
 * Changes a source's settings from the version the editor read. A new URL or
 * selector forgets the old validators and makes the source due at once;
 * enabling, disabling and the interval follow scheduleChange, as for feeds.
 */
export async function updateSource(
  db: Db,
  actor: Actor,
  boardSlug: string,
  sourceId: string,
  expectedVersion: number,
  change: SourceChange,
  now: Date = new Date(),
): Promise<SourceHealth> {
  await runMutation(db, actor, async ({ tx }) => {
    const before = await readSourceForChange(tx, boardSlug, sourceId, expectedVersion);
    const url = change.url ?? before.url;
    const selector = change.selector !== undefined ? change.selector : before.selector;
    const moved = url !== before.url || selector !== before.selector;
    // A new URL or selector makes the old schedule moot: due at once.
    const { data, diff }: { data: Prisma.LeaderboardSourceUpdateManyMutationInput; diff: Record<string, [unknown, unknown]> } = scheduleChange(before, change, actor, now, moved);
    if (moved) {
      const same = await tx.leaderboardSource.findFirst({ where: { leaderboardId: before.leaderboardId, url, selector, id: { not: sourceId } }, select: { id: true } });
      if (same) throw new ConflictError("This board already follows this URL and selector.", { sourceId: same.id });
      Object.assign(data, { url, selector, etag: null, lastModified: null });
      if (url !== before.url) diff.url = [before.url, url];
      if (selector !== before.selector) diff.selector = [before.selector, selector];
    }
    if (change.mapping !== undefined) {
      const { adapter } = await tx.leaderboardSource.findUniqueOrThrow({ where: { id: sourceId }, select: { adapter: true } });
      if (adapter !== "mapped") throw new PolicyViolationError("Only the mapped adapter takes a `mapping`.", "source-mapping");
      data.mapping = change.mapping as unknown as Prisma.InputJsonValue;
      diff.mapping = ["…", "changed"];
    }
    if (change.createModels !== undefined && change.createModels !== before.createModels) {
      data.createModels = change.createModels;
      diff.createModels = [before.createModels, change.createModels];
    }
    const headers = change.headers ? await mergeHeaders(tx, sourceId, change.headers) : null;
    if (headers) data.secretHeaders = headers.value ?? Prisma.DbNull;
    const version = await bumpSourceVersion(tx, sourceId, expectedVersion, data);
    await recordAudit(tx, {
      actor,
      action: "source.update",
      entityType: "LeaderboardSource",
      entityId: sourceId,
      data: {
        leaderboard: boardSlug,
        url,
        version,
        diff,
        ...(change.reason ? { reason: change.reason } : {}),
        headersSet: headers?.set ?? [],
        headersRemoved: headers?.removed ?? [],
      },
    });
  });
  const [health] = await loadSourceHealth(db, { id: sourceId });
  return health!;
}
