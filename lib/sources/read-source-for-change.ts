// Optimistic concurrency for a source's settings, as for feeds and claims: a
// change applies only to the version the editor read; the conditional UPDATE
// is the arbiter when two editors race. Fetching never bumps the version.
import type { Db, Prisma, Tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { loadSourceHealth } from "./source-health";

const SELECT = {
  id: true,
  url: true,
  selector: true,
  intervalMinutes: true,
  createModels: true,
  enabled: true,
  disabledReason: true,
  consecutiveErrors: true,
  lastAttemptAt: true,
  lastStatus: true,
  nextFetchAt: true,
  leaseUntil: true,
  version: true,
  leaderboardId: true,
  leaderboard: { select: { slug: true } },
} as const satisfies Prisma.LeaderboardSourceSelect;

export type SourceForChange = Prisma.LeaderboardSourceGetPayload<{ select: typeof SELECT }>;

/** The source, on the board named by the path: a source of another board is "not found" here. */
export async function readSourceOrThrow(tx: Db | Tx, boardSlug: string, sourceId: string): Promise<SourceForChange> {
  const source = await tx.leaderboardSource.findUnique({ where: { id: sourceId }, select: SELECT });
  if (!source || source.leaderboard.slug !== boardSlug) throw new NotFoundError(`The board "${boardSlug}" has no source with the id "${sourceId}".`);
  return source;
}

async function stale(tx: Tx, sourceId: string, expectedVersion: number, actual: number): Promise<ConflictError> {
  const [current] = await loadSourceHealth(tx, { id: sourceId });
  return new ConflictError(
    `This source was changed since you read it (you sent version ${expectedVersion}, it is at ${actual}). Nothing was saved: review the current settings and apply your change again.`,
    { current },
  );
}

/** The source as the editor read it; a stale version is refused before any work. */
export async function readSourceForChange(tx: Tx, boardSlug: string, sourceId: string, expectedVersion: number): Promise<SourceForChange> {
  const source = await readSourceOrThrow(tx, boardSlug, sourceId);
  if (source.version !== expectedVersion) throw await stale(tx, sourceId, expectedVersion, source.version);
  return source;
}

/** Applies `data` and increments the version only if nobody else did first. */
export async function bumpSourceVersion(tx: Tx, sourceId: string, expectedVersion: number, data: Prisma.LeaderboardSourceUpdateManyMutationInput): Promise<number> {
  const { count } = await tx.leaderboardSource.updateMany({ where: { id: sourceId, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) {
    const now = await tx.leaderboardSource.findUniqueOrThrow({ where: { id: sourceId }, select: { version: true } });
    throw await stale(tx, sourceId, expectedVersion, now.version);
  }
  return expectedVersion + 1;
}
