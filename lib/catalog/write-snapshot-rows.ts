import { randomUUID } from "node:crypto";
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

interface GroupSnapshot {
  id: string;
  modelId: string;
  capturedAt: Date;
  method: RatingMethod;
  rating: number;
  ciLow: number | null;
  ciHigh: number | null;
  votes: number | null;
  rank: number | null;
}

/**
 * The rank every snapshot of the board at each touched time will have once
 * the rows are written (rank with uncertainty among the group as it will
 * be), from one read of what the board holds at those times: each row's rank,
 * and the other snapshots whose rank changes.
 */
async function rankTouchedGroups(tx: Tx, board: SnapshotBoard, rows: readonly ResolvedSnapshotRow[]) {
  const times = [...new Set(rows.map((r) => r.capturedAt.toISOString()))];
  const methods = [...new Set(rows.map((r) => r.method))];
  const held = await tx.$queryRaw<GroupSnapshot[]>`
    SELECT "id", "modelId", "capturedAt", "method"::text AS "method", "rating", "ciLow", "ciHigh", "votes", "rank" FROM "EloSnapshot"
    WHERE "leaderboardId" = ${board.id} AND "capturedAt" = ANY(${times}::timestamp(3)[]) AND "method" = ANY(${methods}::text[]::"RatingMethod"[])`;
  const groups = new Map<string, { rows: number[]; others: GroupSnapshot[] }>();
  const group = (key: string) => groups.get(key) ?? groups.set(key, { rows: [], others: [] }).get(key)!;
  rows.forEach((r, i) => group(snapshotGroupKey(r.capturedAt, r.method)).rows.push(i));
  const replaced = new Set(rows.map((r) => `${r.model.id}|${snapshotGroupKey(r.capturedAt, r.method)}`));
  for (const s of held) {
    const key = snapshotGroupKey(s.capturedAt, s.method);
    // Times and methods are matched apart: a pair no row has is not a touched group.
    if (groups.has(key) && !replaced.has(`${s.modelId}|${key}`)) group(key).others.push(s);
  }
  const rowRanks: (number | null)[] = rows.map(() => null);
  const others = new Map<string, number | null>();
  const changed: { id: string; rank: number | null }[] = [];
  for (const g of groups.values()) {
    const ranks = rankSnapshotGroup([...g.rows.map((i) => rows[i]!), ...g.others], board.minVotes);
    g.rows.forEach((i, k) => (rowRanks[i] = ranks[k] ?? null));
    g.others.forEach((s, k) => {
      const rank = ranks[g.rows.length + k] ?? null;
      others.set(s.id, rank);
      if (rank !== s.rank) changed.push({ id: s.id, rank });
    });
  }
  return { rowRanks, others, changed };
}

/**
 * Every row in one statement, with its rank: a new model, time and method is
 * inserted, an existing one gets the row's figures. Returns each row's
 * snapshot id, and whether it is new, by model|time|method.
 */
async function upsertSnapshots(tx: Tx, boardId: string, rows: readonly ResolvedSnapshotRow[], ranks: readonly (number | null)[]) {
  const json = rows.map((r, i) => ({
    id: randomUUID(),
    modelId: r.model.id,
    capturedAt: r.capturedAt.toISOString(),
    method: r.method,
    rating: r.rating,
    ciLow: r.ciLow,
    ciHigh: r.ciHigh,
    votes: r.votes,
    appearances: r.appearances,
    rank: ranks[i] ?? null,
    pool: r.pool,
    anchor: r.anchor,
    displayLabel: r.displayLabel,
  }));
  // xmax is 0 only on a row this statement inserted (an updated one carries the updating transaction's id).
  const out = await tx.$queryRaw<{ id: string; modelId: string; capturedAt: Date; method: RatingMethod; inserted: boolean }[]>`
    INSERT INTO "EloSnapshot" ("id", "leaderboardId", "modelId", "capturedAt", "method", "rating", "ciLow", "ciHigh", "votes", "appearances", "rank", "pool", "anchor", "displayLabel")
    SELECT r."id", ${boardId}, r."modelId", r."capturedAt", r."method"::"RatingMethod", r."rating", r."ciLow", r."ciHigh", r."votes", r."appearances", r."rank", r."pool", r."anchor", r."displayLabel"
    FROM jsonb_to_recordset(${JSON.stringify(json)}::jsonb) AS r("id" text, "modelId" text, "capturedAt" timestamp(3), "method" text, "rating" double precision,
      "ciLow" double precision, "ciHigh" double precision, "votes" integer, "appearances" integer, "rank" integer, "pool" text, "anchor" text, "displayLabel" text)
    ON CONFLICT ("leaderboardId", "modelId", "capturedAt", "method") DO UPDATE SET
      "rating" = EXCLUDED."rating", "ciLow" = EXCLUDED."ciLow", "ciHigh" = EXCLUDED."ciHigh", "votes" = EXCLUDED."votes", "appearances" = EXCLUDED."appearances",
      "rank" = EXCLUDED."rank", "pool" = EXCLUDED."pool", "anchor" = EXCLUDED."anchor", "displayLabel" = EXCLUDED."displayLabel"
    RETURNING "id", "modelId", "capturedAt", "method"::text AS "method", ("xmax" = 0) AS "inserted"`;
  return new Map(out.map((s) => [`${s.modelId}|${snapshotGroupKey(s.capturedAt, s.method)}`, { id: s.id, inserted: s.inserted }]));
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
  // A row repeating an earlier one's model, time and method replaces it, in the earlier one's place.
  const byKey = new Map<string, ResolvedSnapshotRow>();
  for (const r of resolved) byKey.set(`${r.model.id}|${snapshotGroupKey(r.capturedAt, r.method)}`, r);
  const rows = [...byKey.values()];
  if (rows.length === 0) return { created: 0, capturedAt: [], models: [] };
  const { rowRanks, others, changed } = await rankTouchedGroups(tx, board, rows);
  const written = await upsertSnapshots(tx, board.id, rows, rowRanks);
  if (changed.length) {
    await tx.$executeRaw`
      UPDATE "EloSnapshot" AS s SET "rank" = r."rank"
      FROM jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) AS r("id" text, "rank" integer)
      WHERE s."id" = r."id"`;
  }
  let created = 0;
  const times = new Map<number, Date>();
  const imported = new Map<string, ImportedSnapshot>();
  const ranks = new Map(others);
  for (const [i, r] of rows.entries()) {
    const snap = written.get(`${r.model.id}|${snapshotGroupKey(r.capturedAt, r.method)}`);
    if (!snap) throw new Error(`The snapshot of ${r.model.slug} at ${r.capturedAt.toISOString()} was not written.`);
    if (snap.inserted) created += 1;
    times.set(r.capturedAt.getTime(), r.capturedAt);
    ranks.set(snap.id, rowRanks[i] ?? null);
    imported.set(snap.id, { modelId: r.model.id, slug: r.model.slug, capturedAt: r.capturedAt, method: r.method, rating: r.rating, ciLow: r.ciLow ?? null, ciHigh: r.ciHigh ?? null });
  }
  if (options.signals ?? true) await signalRankChanges(tx, board, actorId, imported, ranks, options.scaleShift ?? 0);
  return {
    created,
    capturedAt: [...times.values()].sort((a, b) => a.getTime() - b.getTime()),
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
  const current = [...imported].filter(([, s]) => s.capturedAt.getTime() === newest);
  const previous = await previousSnapshots(tx, board.id, new Date(newest), current.map(([, s]) => s));
  const before = new Map<string, RatedModel>();
  const after: RatedModel[] = [];
  for (const [id, s] of current) {
    const prior = previous.get(`${s.method}|${s.modelId}`);
    after.push({ modelId: s.modelId, slug: s.slug, rating: s.rating, ciLow: s.ciLow, ciHigh: s.ciHigh });
    if (prior) before.set(s.modelId, { modelId: s.modelId, slug: s.slug, rating: prior.rating + scaleShift, ciLow: shifted(prior.ciLow), ciHigh: shifted(prior.ciHigh) });
    const rank = ranks.get(id) ?? null;
    if (rank === null) continue;
    const lastRank = prior?.lastRanked ?? null;
    if (lastRank === null || lastRank === rank) continue;
    await recordSignal(tx, {
      type: "RANK_CHANGED",
      title: `${s.slug}: rank ${lastRank} → ${rank} on ${board.name}`,
      modelId: s.modelId,
      leaderboardId: board.id,
      actorId,
      payload: { leaderboard: board.slug, from: lastRank, to: rank, capturedAt: s.capturedAt.toISOString() },
    });
  }
  for (const signal of ratingChangeSignals(board, before, after, actorId)) await recordSignal(tx, signal);
}

/**
 * Each model's snapshot on the board before `at` (same method), and the rank
 * of its latest ranked one, for all the models at once: one query per method.
 */
async function previousSnapshots(tx: Tx, boardId: string, at: Date, snaps: readonly { modelId: string; method: RatingMethod }[]) {
  const out = new Map<string, { rating: number; ciLow: number | null; ciHigh: number | null; lastRanked: number | null }>();
  for (const method of new Set(snaps.map((s) => s.method))) {
    const ids = snaps.filter((s) => s.method === method).map((s) => s.modelId);
    const rows = await tx.$queryRaw<{ modelId: string; rating: number; ciLow: number | null; ciHigh: number | null; lastRanked: number | null }[]>`
      SELECT DISTINCT ON (s."modelId") s."modelId", s."rating", s."ciLow", s."ciHigh",
        COALESCE(s."rank", (SELECT r."rank" FROM "EloSnapshot" r
          WHERE r."leaderboardId" = s."leaderboardId" AND r."modelId" = s."modelId" AND r."method" = s."method" AND r."capturedAt" < s."capturedAt" AND r."rank" IS NOT NULL
          ORDER BY r."capturedAt" DESC LIMIT 1)) AS "lastRanked"
      FROM "EloSnapshot" s
      WHERE s."leaderboardId" = ${boardId} AND s."method" = ${method}::"RatingMethod" AND s."capturedAt" < ${at.toISOString()}::timestamp(3) AND s."modelId" = ANY(${ids}::text[])
      ORDER BY s."modelId", s."capturedAt" DESC`;
    for (const r of rows) out.set(`${method}|${r.modelId}`, r);
  }
  return out;
}
