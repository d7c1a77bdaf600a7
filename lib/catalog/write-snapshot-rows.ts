import type { Tx } from "@/lib/db";
import type { RatingMethod } from "@/lib/db/enums";
import { ratingChangeSignals, type RatedModel } from "@/lib/watch/rating-change-signals";
import { recordSignal } from "@/lib/watch/record-signal";
import { rankSnapshotGroup } from "./rank-snapshot-group";

// The one way snapshots reach a board, for snapshot imports and leaderboard
// sources alike: write (or replace) each row, re-rank every touched time, and
// signal rank and rating changes at the newest one.

export interface SnapshotBoard {
  id: string;
  slug: string;
  name: string;
  method: RatingMethod;
  minVotes: number;
}

export const snapshotGroupKey = (capturedAt: Date, method: RatingMethod) => `${capturedAt.toISOString()}|${method}`;

/** Re-ranks every snapshot of the board at each touched time; returns the new rank per snapshot id. */
async function rerankGroups(tx: Tx, board: SnapshotBoard, groups: Map<string, { capturedAt: Date; method: RatingMethod }>) {
  const ranks = new Map<string, number | null>();
  for (const { capturedAt, method } of groups.values()) {
    const snaps = await tx.eloSnapshot.findMany({
      where: { leaderboardId: board.id, capturedAt, method },
      select: { id: true, rating: true, ciLow: true, ciHigh: true, votes: true, rank: true },
    });
    const computed = rankSnapshotGroup(snaps, board.minVotes);
    for (const [i, s] of snaps.entries()) {
      const rank = computed[i] ?? null;
      ranks.set(s.id, rank);
      if (rank !== s.rank) await tx.eloSnapshot.update({ where: { id: s.id }, data: { rank } });
    }
  }
  return ranks;
}

/** A snapshot row whose model is known. */
export interface ResolvedSnapshotRow {
  model: { id: string; slug: string };
  capturedAt: Date;
  method: RatingMethod;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  appearances: number | null;
  pool: string | null;
  anchor: string | null;
  displayLabel: string | null;
}

export interface WrittenSnapshots {
  created: number;
  capturedAt: Date[];
  /** Slugs of the models written, sorted. */
  models: string[];
}

/**
 * Writes resolved rows into a board inside the caller's transaction (which
 * holds the board's lock). `signals: false` writes history without news
 * (a backfill of old versions).
 */
export async function writeSnapshotRows(
  tx: Tx,
  board: SnapshotBoard,
  actorId: string | null,
  resolved: readonly ResolvedSnapshotRow[],
  /** scaleShift: the whole scale moved by this much (a re-anchored source); rating signals measure moves beyond it. */
  options: { signals?: boolean; scaleShift?: number } = {},
): Promise<WrittenSnapshots> {
  let created = 0;
  const groups = new Map<string, { capturedAt: Date; method: RatingMethod }>();
  const imported = new Map<string, ImportedSnapshot>();
  for (const r of resolved) {
    const where = { leaderboardId: board.id, modelId: r.model.id, capturedAt: r.capturedAt, method: r.method };
    const existing = await tx.eloSnapshot.findUnique({
      where: { leaderboardId_modelId_capturedAt_method: where },
      select: { id: true },
    });
    const data = {
      rating: r.rating,
      ciLow: r.ciLow,
      ciHigh: r.ciHigh,
      votes: r.votes,
      appearances: r.appearances,
      pool: r.pool,
      anchor: r.anchor,
      displayLabel: r.displayLabel,
    };
    const snap = existing
      ? await tx.eloSnapshot.update({ where: { id: existing.id }, data, select: { id: true } })
      : await tx.eloSnapshot.create({ data: { ...where, ...data }, select: { id: true } });
    if (!existing) created += 1;
    groups.set(snapshotGroupKey(r.capturedAt, r.method), { capturedAt: r.capturedAt, method: r.method });
    imported.set(snap.id, { modelId: r.model.id, slug: r.model.slug, capturedAt: r.capturedAt, method: r.method, rating: r.rating, ciLow: r.ciLow ?? null, ciHigh: r.ciHigh ?? null });
  }
  const ranks = await rerankGroups(tx, board, groups);
  if (options.signals ?? true) await signalRankChanges(tx, board, actorId, imported, ranks, options.scaleShift ?? 0);
  return {
    created,
    capturedAt: [...groups.values()].map((g) => g.capturedAt).sort((a, b) => a.getTime() - b.getTime()),
    models: [...new Set([...imported.values()].map((s) => s.slug))].sort(),
  };
}

interface ImportedSnapshot {
  modelId: string;
  slug: string;
  capturedAt: Date;
  method: RatingMethod;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
}

/**
 * For the newest imported time only (older rows are back-filled history, not
 * news), against each model's previous snapshot: RANK_CHANGED where its rank
 * with uncertainty moved (provisional entries have no rank to move from), and
 * the rating signals (moves, intervals that stopped overlapping).
 */
async function signalRankChanges(
  tx: Tx,
  board: SnapshotBoard,
  actorId: string | null,
  imported: Map<string, ImportedSnapshot>,
  ranks: Map<string, number | null>,
  scaleShift: number,
) {
  const shifted = (v: number | null) => (v === null ? null : v + scaleShift);
  const newest = Math.max(...[...imported.values()].map((s) => s.capturedAt.getTime()));
  const before = new Map<string, RatedModel>();
  const after: RatedModel[] = [];
  for (const [id, s] of imported) {
    if (s.capturedAt.getTime() !== newest) continue;
    const previous = await tx.eloSnapshot.findFirst({
      where: { leaderboardId: board.id, modelId: s.modelId, method: s.method, capturedAt: { lt: s.capturedAt } },
      orderBy: { capturedAt: "desc" },
      select: { rank: true, rating: true, ciLow: true, ciHigh: true },
    });
    after.push({ modelId: s.modelId, slug: s.slug, rating: s.rating, ciLow: s.ciLow, ciHigh: s.ciHigh });
    if (previous) before.set(s.modelId, { modelId: s.modelId, slug: s.slug, rating: previous.rating + scaleShift, ciLow: shifted(previous.ciLow), ciHigh: shifted(previous.ciHigh) });
    const rank = ranks.get(id) ?? null;
    if (rank === null) continue;
    const lastRanked = previous?.rank != null ? previous : await tx.eloSnapshot.findFirst({
      where: { leaderboardId: board.id, modelId: s.modelId, method: s.method, capturedAt: { lt: s.capturedAt }, rank: { not: null } },
      orderBy: { capturedAt: "desc" },
      select: { rank: true },
    });
    if (lastRanked?.rank == null || lastRanked.rank === rank) continue;
    await recordSignal(tx, {
      type: "RANK_CHANGED",
      title: `${s.slug}: rank ${lastRanked.rank} → ${rank} on ${board.name}`,
      modelId: s.modelId,
      leaderboardId: board.id,
      actorId,
      payload: { leaderboard: board.slug, from: lastRanked.rank, to: rank, capturedAt: s.capturedAt.toISOString() },
    });
  }
  for (const signal of ratingChangeSignals(board, before, after, actorId)) await recordSignal(tx, signal);
}
