import { randomUUID } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db } from "@/lib/db";
import { runMutation } from "@/lib/db/run-mutation";
import type { ModelRating } from "@/lib/elo/compute-ratings";
import { rankSnapshotGroup } from "@/lib/catalog/rank-snapshot-group";
import { ratingChangeSignals } from "@/lib/watch/rating-change-signals";
import { recordSignal } from "@/lib/watch/record-signal";

/** Ratings of every model (keyed by model id) at one time. */
export interface ComputedPoint {
  capturedAt: Date;
  ratings: ModelRating[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** A snapshot row as the insert statement reads it (the board's own columns are parameters). */
interface SnapshotRow {
  id: string;
  modelId: string;
  capturedAt: string;
  rating: number;
  ciLow: number;
  ciHigh: number;
  votes: number;
  rank: number | null;
}

/**
 * Replaces the board's BRADLEY_TERRY snapshots (the method computed here from
 * battles) with `points`, in one transaction: ranks with uncertainty among
 * models with the board's minimum of votes, and for the newest point a
 * RANK_CHANGED signal where a model's rank with uncertainty moved, and
 * RATING_MOVED / INTERVALS_SEPARATED ones against the previous figures (on
 * the same anchor: re-anchoring moves every rating and means nothing).
 */
export async function storeComputedRatings(
  db: Db,
  boardId: string,
  points: readonly ComputedPoint[],
  info: { anchor: string; total: number; actorId?: string | null },
) {
  return runMutation(
    db,
    null,
    async ({ tx, invalidates }) => {
      await tx.$executeRaw`SELECT 1 FROM "Leaderboard" WHERE id = ${boardId} FOR UPDATE`;
      const board = await tx.leaderboard.findUniqueOrThrow({ where: { id: boardId }, select: { slug: true, name: true, pool: true, minVotes: true } });
      const last = await tx.eloSnapshot.findFirst({
        where: { leaderboardId: boardId, method: "BRADLEY_TERRY" },
        orderBy: { capturedAt: "desc" },
        select: { capturedAt: true },
      });
      const previous = last
        ? await tx.eloSnapshot.findMany({
            where: { leaderboardId: boardId, method: "BRADLEY_TERRY", capturedAt: last.capturedAt },
            select: { modelId: true, rank: true, rating: true, ciLow: true, ciHigh: true, anchor: true },
          })
        : [];
      await tx.eloSnapshot.deleteMany({ where: { leaderboardId: boardId, method: "BRADLEY_TERRY" } });

      const data: SnapshotRow[] = [];
      let newest: (ModelRating & { storedRank: number | null })[] = [];
      for (const point of points) {
        const ranks = rankSnapshotGroup(point.ratings, board.minVotes);
        const rows = point.ratings.map((r, i) => ({ ...r, storedRank: ranks[i] ?? null }));
        newest = rows;
        for (const r of rows) {
          data.push({
            id: randomUUID(),
            modelId: r.model,
            capturedAt: point.capturedAt.toISOString(),
            rating: round2(r.rating),
            ciLow: round2(r.ciLow),
            ciHigh: round2(r.ciHigh),
            votes: r.votes,
            rank: r.storedRank,
          });
        }
      }
      // Raw SQL from one JSON parameter: Prisma's createMany of a weekly series (thousands of rows)
      // allocated ~180 MB for one call (bench/elo). Timestamps are stored without a zone, in UTC.
      const now = new Date().toISOString();
      await tx.$executeRaw`
        INSERT INTO "EloSnapshot" ("id", "leaderboardId", "modelId", "capturedAt", "rating", "ciLow", "ciHigh", "votes", "rank", "method", "pool", "anchor", "createdAt")
        SELECT r."id", ${boardId}, r."modelId", r."capturedAt", r."rating", r."ciLow", r."ciHigh", r."votes", r."rank", 'BRADLEY_TERRY', ${board.pool}, ${info.anchor}, ${now}::timestamp(3)
        FROM jsonb_to_recordset(${JSON.stringify(data)}::jsonb) AS r("id" text, "modelId" text, "capturedAt" timestamp(3), "rating" double precision,
          "ciLow" double precision, "ciHigh" double precision, "votes" int, "rank" int)`;

      const models = await tx.model.findMany({ where: { id: { in: newest.map((r) => r.model) } }, select: { id: true, slug: true } });
      const slugOf = new Map(models.map((m) => [m.id, m.slug]));
      const before = new Map(previous.map((p) => [p.modelId, p]));
      let rankChanges = 0;
      for (const r of newest) {
        const old = before.get(r.model);
        const slug = slugOf.get(r.model) as string;
        if (!old) continue;
        const payload = { leaderboard: board.slug, fromRank: old.rank, toRank: r.storedRank, fromRating: old.rating, toRating: round2(r.rating) };
        if (old.rank !== null && r.storedRank !== null && old.rank !== r.storedRank) {
          rankChanges += 1;
          await recordSignal(tx, {
            type: "RANK_CHANGED",
            title: `${slug}: rank ${old.rank} → ${r.storedRank} on ${board.name} (recomputed from votes)`,
            modelId: r.model,
            leaderboardId: boardId,
            actorId: info.actorId ?? null,
            payload: { ...payload, from: old.rank, to: r.storedRank },
          });
        }
      }
      // A new anchor shifts every rating without anything having happened: no rating signals then.
      const sameScale = (p: (typeof previous)[number]) => p.anchor === info.anchor;
      const rated = (modelId: string, r: { rating: number; ciLow: number | null; ciHigh: number | null }) => ({
        modelId,
        slug: slugOf.get(modelId) as string,
        rating: r.rating,
        ciLow: r.ciLow,
        ciHigh: r.ciHigh,
      });
      const beforeRated = new Map(previous.filter(sameScale).map((p) => [p.modelId, rated(p.modelId, p)]));
      const afterRated = newest.map((r) => rated(r.model, { rating: round2(r.rating), ciLow: round2(r.ciLow), ciHigh: round2(r.ciHigh) }));
      for (const signal of ratingChangeSignals({ id: boardId, slug: board.slug, name: board.name }, beforeRated, afterRated, info.actorId ?? null)) {
        await recordSignal(tx, signal);
      }
      await recordAudit(tx, {
        actor: info.actorId ? { userId: info.actorId } : null,
        action: "leaderboard.ratings-recompute",
        entityType: "Leaderboard",
        entityId: boardId,
        data: { battles: info.total, models: newest.length, points: points.length, anchor: info.anchor, rankChanges },
      });
      invalidates(cacheTags.board(board.slug), cacheTags.catalog, ...models.map((m) => cacheTags.model(m.slug)));
      return { rankChanges };
    },
    { timeoutMs: 5 * 60_000 },
  );
}
