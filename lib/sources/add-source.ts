import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db, Prisma } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import { ConflictError, NotFoundError, PolicyViolationError } from "@/lib/errors";
import { loadSourceHealth, type SourceHealth } from "./source-health";
import type { ColumnMapping, SourceAdapterName } from "./source-entry";

export const DEFAULT_SOURCE_INTERVAL_MINUTES = 360;
export const MIN_SOURCE_INTERVAL_MINUTES = 15;
export const MAX_SECRET_HEADERS = 5;

export interface NewSource {
  url: string;
  adapter: SourceAdapterName;
  selector?: string | null;
  intervalMinutes?: number;
  /** Sent with every request (e.g. `x-api-key`); stored server-side, never returned. */
  headers?: Record<string, string>;
  mapping?: ColumnMapping | null;
  createModels?: boolean;
}

/**
 * Attaches a source to a board, due at once (the worker's next pass fetches
 * it). The audit row names the secret headers, never their values.
 */
export async function addSource(db: Db, actor: Actor, boardSlug: string, input: NewSource): Promise<SourceHealth> {
  if ((input.adapter === "mapped") !== Boolean(input.mapping)) {
    throw new PolicyViolationError(
      input.adapter === "mapped" ? "The mapped adapter needs a `mapping` of the publication's columns." : "Only the mapped adapter takes a `mapping`.",
      "source-mapping",
    );
  }
  const interval = input.intervalMinutes ?? DEFAULT_SOURCE_INTERVAL_MINUTES;
  const id = await runMutation(db, actor, async ({ tx }) => {
    const board = await tx.leaderboard.findUnique({ where: { slug: boardSlug }, select: { id: true } });
    if (!board) throw new NotFoundError(`No leaderboard with the slug "${boardSlug}".`);
    const same = await tx.leaderboardSource.findFirst({ where: { leaderboardId: board.id, url: input.url, selector: input.selector ?? null }, select: { id: true } });
    if (same) throw new ConflictError("This board already follows this URL and selector.", { sourceId: same.id });
    const headers = input.headers && Object.keys(input.headers).length ? input.headers : null;
    const source = await tx.leaderboardSource.create({
      data: {
        leaderboardId: board.id,
        url: input.url,
        adapter: input.adapter,
        selector: input.selector ?? null,
        mapping: (input.mapping ?? undefined) as Prisma.InputJsonValue | undefined,
        intervalMinutes: Math.max(MIN_SOURCE_INTERVAL_MINUTES, interval),
        secretHeaders: headers ?? undefined,
        createModels: input.createModels ?? false,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor,
      action: "source.create",
      entityType: "LeaderboardSource",
      entityId: source.id,
      data: { leaderboard: boardSlug, url: input.url, adapter: input.adapter, selector: input.selector ?? null, secretHeaders: Object.keys(headers ?? {}) },
    });
    return source.id;
  });
  const [health] = await loadSourceHealth(db, { id });
  return health!;
}
