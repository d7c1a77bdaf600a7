import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { cacheTags } from "@/lib/cache/cache-tags";
import type { Db, Tx } from "@/lib/db";
import type { RatingMethod } from "@/lib/db/enums";
import { runMutation } from "@/lib/db/run-mutation";
import { NotFoundError, RequestValidationError } from "@/lib/errors";
import { ratingChangeSignals, type RatedModel } from "@/lib/watch/rating-change-signals";
import { recordSignal } from "@/lib/watch/record-signal";
import type { ImportResult } from "./catalog-types";
import { parseSnapshotRows, sortRowProblems, type ImportInput } from "./parse-snapshot-rows";
import { rankSnapshotGroup } from "./rank-snapshot-group";
import { resolveModelRefs } from "./resolve-model-refs";

interface Board {
  id: string;
  slug: string;
  name: string;
  method: RatingMethod;
  minVotes: number;
}

const groupKey = (capturedAt: Date, method: RatingMethod) => `${capturedAt.toISOString()}|${method}`;

/** Re-ranks every snapshot of the board at each touched time; returns the new rank per snapshot id. */
async function rerankGroups(tx: Tx, board: Board, groups: Map<string, { capturedAt: Date; method: RatingMethod }>) {
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

/**
 * Imports snapshot rows (JSON or CSV) into a leaderboard, all or nothing.
 * Every row is checked first — fields, models (slug, old slug or alias),
 * duplicates in the file — and any problem refuses the whole import with a
 * 400 naming each bad row and field. A row for a model, time and method the
 * board already has replaces that snapshot. Ranks with uncertainty are then
 * recomputed for every touched time, and a model's rank move against its
 * previous snapshot is a RANK_CHANGED signal.
 */
export async function importSnapshots(db: Db, actor: Actor, boardSlug: string, input: ImportInput): Promise<ImportResult> {
  const { rows, problems } = parseSnapshotRows(input);
  return runMutation(db, actor, async ({ tx, invalidates }) => {
    const board = await tx.leaderboard.findUnique({
      where: { slug: boardSlug },
      select: { id: true, slug: true, name: true, method: true, minVotes: true },
    });
    if (!board) throw new NotFoundError(`No leaderboard with the slug "${boardSlug}".`);
    // One import per board at a time: ranks are recomputed from what the board holds, which a parallel import would change.
    await tx.$executeRaw`SELECT 1 FROM "Leaderboard" WHERE id = ${board.id} FOR UPDATE`;
    const refs = await resolveModelRefs(tx, rows.map((r) => r.model));
    const seen = new Map<string, number>();
    const resolved = rows.flatMap((r) => {
      const ref = refs.get(r.model);
      if (!ref || "error" in ref) {
        problems.push({ name: `rows[${r.row}].model`, reason: ref && "error" in ref ? ref.error : "is unknown" });
        return [];
      }
      const method = r.method ?? board.method;
      const key = `${ref.id}|${groupKey(r.capturedAt, method)}`;
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push({ name: `rows[${r.row}]`, reason: `repeats row ${first}: same model, capturedAt and method` });
        return [];
      }
      seen.set(key, r.row);
      return [{ ...r, method, model: ref }];
    });
    if (problems.length) throw new RequestValidationError("body", sortRowProblems(problems));

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
      groups.set(groupKey(r.capturedAt, r.method), { capturedAt: r.capturedAt, method: r.method });
      imported.set(snap.id, { modelId: r.model.id, slug: r.model.slug, capturedAt: r.capturedAt, method: r.method, rating: r.rating, ciLow: r.ciLow ?? null, ciHigh: r.ciHigh ?? null });
    }
    const ranks = await rerankGroups(tx, board, groups);
    await signalRankChanges(tx, board, actor, imported, ranks);

    const models = [...new Set([...imported.values()].map((s) => s.slug))].sort();
    const result: ImportResult = {
      leaderboard: board.slug,
      created,
      replaced: resolved.length - created,
      capturedAt: [...groups.values()].map((g) => g.capturedAt.toISOString()).sort(),
      models,
    };
    await recordAudit(tx, {
      actor,
      action: "leaderboard.import",
      entityType: "Leaderboard",
      entityId: board.id,
      data: { ...result, format: "csv" in input ? "csv" : "json" },
    });
    invalidates(cacheTags.board(board.slug), cacheTags.catalog, ...models.map(cacheTags.model));
    return result;
  });
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
async function signalRankChanges(tx: Tx, board: Board, actor: Actor, imported: Map<string, ImportedSnapshot>, ranks: Map<string, number | null>) {
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
    if (previous) before.set(s.modelId, { modelId: s.modelId, slug: s.slug, rating: previous.rating, ciLow: previous.ciLow, ciHigh: previous.ciHigh });
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
      actorId: actor.userId,
      payload: { leaderboard: board.slug, from: lastRanked.rank, to: rank, capturedAt: s.capturedAt.toISOString() },
    });
  }
  for (const signal of ratingChangeSignals(board, before, after, actor.userId)) await recordSignal(tx, signal);
}
