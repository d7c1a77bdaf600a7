import type { Db, Prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/** A name a board's source published that no model answers to yet. */
export interface UnmatchedName {
  id: string;
  sourceId: string;
  sourceUrl: string;
  sourceKey: string;
  displayName: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  lastRating: number | null;
  lastCiLow: number | null;
  lastCiHigh: number | null;
}

/** Every board's unmatched names, for the review queue. */
export interface BoardUnmatched {
  board: { slug: string; name: string };
  entries: UnmatchedName[];
}

async function loadUnmatched(db: Db, where: Prisma.SourceNameWhereInput) {
  return db.sourceName.findMany({
    where: { modelId: null, ...where },
    include: { source: { select: { url: true, leaderboard: { select: { slug: true, name: true } } } } },
    // Best last rating first: the ones most likely to matter on top.
    orderBy: [{ lastRating: { sort: "desc", nulls: "last" } }, { sourceKey: "asc" }],
  });
}

function toUnmatched(r: Awaited<ReturnType<typeof loadUnmatched>>[number]): UnmatchedName {
  return {
    id: r.id,
    sourceId: r.sourceId,
    sourceUrl: r.source.url,
    sourceKey: r.sourceKey,
    displayName: r.displayName,
    firstSeenAt: r.firstSeenAt,
    lastSeenAt: r.lastSeenAt,
    lastRating: r.lastRating,
    lastCiLow: r.lastCiLow,
    lastCiHigh: r.lastCiHigh,
  };
}

/** The board's unmatched names, best last rating first. */
export async function listUnmatched(db: Db, boardSlug: string): Promise<UnmatchedName[]> {
  const board = await db.leaderboard.findUnique({ where: { slug: boardSlug }, select: { id: true } });
  if (!board) throw new NotFoundError(`No leaderboard with the slug "${boardSlug}".`);
  return (await loadUnmatched(db, { source: { leaderboardId: board.id } })).map(toUnmatched);
}

/** Unmatched names on every board, grouped by board (the board with the best-rated name first). */
export async function listUnmatchedByBoard(db: Db): Promise<BoardUnmatched[]> {
  const groups = new Map<string, BoardUnmatched>();
  for (const r of await loadUnmatched(db, {})) {
    const { slug, name } = r.source.leaderboard;
    const group = groups.get(slug) ?? { board: { slug, name }, entries: [] };
    group.entries.push(toUnmatched(r));
    groups.set(slug, group);
  }
  return [...groups.values()];
}
