import type { Tx } from "@/lib/db";
import type { RatingMethod } from "@/lib/db/enums";
import { ratingChangeSignals, type RatedModel } from "@/lib/watch/rating-change-signals";
import { recordSignal } from "@/lib/watch/record-signal";
import { rankSnapshotGroup } from "./rank-snapshot-group";

// The one way snapshots reach a board, for snapshot imports and leaderboard
// sources alike: write (or replace) each row, re-rank every touched time, and
// signal rank and rating changes at the newest one. A few statements per
// call, whatever the number of rows (a source's version has hundreds).

export interface SnapshotBoard {
  id: string;
  slug: string;
  name: string;
  method: RatingMethod;
  minVotes: number;
}

export const snapshotGroupKey = (capturedAt: Date, method: RatingMethod) => `${capturedAt.toISOString()}|${method}`;
const rowKey = (r: { model: { id: string }; capturedAt: Date; method: RatingMethod }) => `${r.model.id}|${snapshotGroupKey(r.capturedAt, r.method)}`;

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

interface HeldSnapshot {
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
 * The rank each snapshot of the board at each touched time will have once the
 * rows are written (rank with uncertainty among the group as it will be),
 * from one read of what the board holds at those times: each row's rank, and
 * the other snapshots whose rank changes.
 */
async function rankTouchedGroups(tx: Tx, board: SnapshotBoard, rows: readonly ResolvedSnapshotRow[]) {
  const times = [...new Set(rows.map((r) => r.capturedAt.toISOString()))];
  const methods = [...new Set(rows.map((r) => r.method))];
  const held = await tx.$queryRaw<HeldSnapshot[]>`
    SELECT "id", "modelId", "capturedAt", "method"::text AS "method", "rating", "ciLow", "ciHigh", "votes", "rank" FROM "EloSnapshot"
    WHERE "leaderboardId" = ${board.id} AND "capturedAt" = ANY(${times}::timestamp(3)[]) AND "method" = ANY(${methods}::text[]::"RatingMethod"[])`;
  const groups = new Map<string, { rows: number[]; others: HeldSnapshot[] }>();
  rows.forEach((r, i) => {
    const key = snapshotGroupKey(r.capturedAt, r.method);
    const g = groups.get(key) ?? { rows: [], others: [] };
    g.rows.push(i);
    groups.set(key, g);
  });
  const replaced = new Set(rows.map(rowKey));
  for (const s of held) {
    // Times and methods are matched apart: a pair no row has is not a touched group.
    const g = groups.get(snapshotGroupKey(s.capturedAt, s.method));
    if (g && !replaced.has(rowKey({ model: { id: s.modelId }, capturedAt: s.capturedAt, method: s.method }))) g.others.push(s);
  }
  const rowRanks: (number | null)[] = rows.map(() => null);
  const changed: { id: string; rank: number | null }[] = [];
  for (const g of groups.values()) {
    const ranks = rankSnapshotGroup([...g.rows.map((i) => rows[i]!), ...g.others], board.minVotes);
    g.rows.forEach((i, k) => (rowRanks[i] = ranks[k] ?? null));
    g.others.forEach((s, k) => {
      const rank = ranks[g.rows.length + k] ?? null;
      if (rank !== s.rank) changed.push({ id: s.id, rank });
    });
  }
  return { rowRanks, changed };
}

/**
 * Every row in one statement, with its rank: a new model, time and method is
 * inserted, an existing one gets the row's figures. Returns how many were new.
 */
async function upsertSnapshots(tx: Tx, boardId: string, rows: readonly ResolvedSnapshotRow[], ranks: readonly (number | null)[]): Promise<number> {
  // Short keys, and none for an absent value: hundreds of rows per call pass through Prisma's
  // query compiler, which costs by the byte. json, not jsonb: read once, and parsed faster.
  const json = rows.map((r, i) => ({
    m: r.model.id,
    t: r.capturedAt.toISOString(),
    k: r.method,
    r: r.rating,
    lo: r.ciLow ?? undefined,
    hi: r.ciHigh ?? undefined,
    v: r.votes ?? undefined,
    a: r.appearances ?? undefined,
    n: ranks[i] ?? undefined,
    p: r.pool ?? undefined,
    an: r.anchor ?? undefined,
    l: r.displayLabel ?? undefined,
  }));
  // xmax is 0 only on a row this statement inserted (an updated one carries the updating transaction's id).
  const [out] = await tx.$queryRaw<{ created: number }[]>`
    WITH written AS (
      INSERT INTO "EloSnapshot" ("id", "leaderboardId", "modelId", "capturedAt", "method", "rating", "ciLow", "ciHigh", "votes", "appearances", "rank", "pool", "anchor", "displayLabel")
      SELECT gen_random_uuid()::text, ${boardId}, r."m", r."t", r."k"::"RatingMethod", r."r", r."lo", r."hi", r."v", r."a", r."n", r."p", r."an", r."l"
      FROM json_to_recordset(${JSON.stringify(json)}::json)
        AS r("m" text, "t" timestamp(3), "k" text, "r" double precision, "lo" double precision, "hi" double precision, "v" integer, "a" integer, "n" integer, "p" text, "an" text, "l" text)
      ON CONFLICT ("leaderboardId", "modelId", "capturedAt", "method") DO UPDATE SET
        "rating" = EXCLUDED."rating", "ciLow" = EXCLUDED."ciLow", "ciHigh" = EXCLUDED."ciHigh", "votes" = EXCLUDED."votes", "appearances" = EXCLUDED."appearances",
        "rank" = EXCLUDED."rank", "pool" = EXCLUDED."pool", "anchor" = EXCLUDED."anchor", "displayLabel" = EXCLUDED."displayLabel"
      RETURNING ("xmax" = 0) AS "inserted")
    SELECT count(*) FILTER (WHERE "inserted")::int AS "created" FROM written`;
  return out?.created ?? 0;
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
  for (const r of resolved) byKey.set(rowKey(r), r);
  const rows = [...byKey.values()];
  if (rows.length === 0) return { created: 0, capturedAt: [], models: [] };
  const { rowRanks, changed } = await rankTouchedGroups(tx, board, rows);
  const created = await upsertSnapshots(tx, board.id, rows, rowRanks);
  if (changed.length) {
    await tx.$executeRaw`
      UPDATE "EloSnapshot" AS s SET "rank" = r."rank"
      FROM json_to_recordset(${JSON.stringify(changed)}::json) AS r("id" text, "rank" integer)
      WHERE s."id" = r."id"`;
  }
  if (options.signals ?? true) await signalRankChanges(tx, board, actorId, rows, rowRanks, options.scaleShift ?? 0);
  const times = new Map(rows.map((r) => [r.capturedAt.getTime(), r.capturedAt]));
  return {
    created,
    capturedAt: [...times.values()].sort((a, b) => a.getTime() - b.getTime()),
    models: [...new Set(rows.map((r) => r.model.slug))].sort(),
  };
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
  rows: readonly ResolvedSnapshotRow[],
  ranks: readonly (number | null)[],
  scaleShift: number,
) {
  const shifted = (v: number | null) => (v === null ? null : v + scaleShift);
  const newest = Math.max(...rows.map((r) => r.capturedAt.getTime()));
  const current = rows.flatMap((r, i) => (r.capturedAt.getTime() === newest ? [{ r, rank: ranks[i] ?? null }] : []));
  const previous = await previousSnapshots(tx, board.id, new Date(newest), current.map(({ r }) => r));
  const before = new Map<string, RatedModel>();
  const after: RatedModel[] = [];
  for (const { r, rank } of current) {
    const { id: modelId, slug } = r.model;
    const prior = previous.get(`${r.method}|${modelId}`);
    after.push({ modelId, slug, rating: r.rating, ciLow: r.ciLow ?? null, ciHigh: r.ciHigh ?? null });
    if (prior) before.set(modelId, { modelId, slug, rating: prior.rating + scaleShift, ciLow: shifted(prior.ciLow), ciHigh: shifted(prior.ciHigh) });
    const lastRank = prior?.lastRanked ?? null;
    if (rank === null || lastRank === null || lastRank === rank) continue;
    await recordSignal(tx, {
      type: "RANK_CHANGED",
      title: `${slug}: rank ${lastRank} → ${rank} on ${board.name}`,
      modelId,
      leaderboardId: board.id,
      actorId,
      payload: { leaderboard: board.slug, from: lastRank, to: rank, capturedAt: r.capturedAt.toISOString() },
    });
  }
  for (const signal of ratingChangeSignals(board, before, after, actorId)) await recordSignal(tx, signal);
}

/**
 * Each model's latest snapshot on the board before `at` (same method), with
 * the rank of its latest ranked one, for all the models at once: one query
 * per method.
 */
async function previousSnapshots(tx: Tx, boardId: string, at: Date, rows: readonly { model: { id: string }; method: RatingMethod }[]) {
  const out = new Map<string, { rating: number; ciLow: number | null; ciHigh: number | null; lastRanked: number | null }>();
  for (const method of new Set(rows.map((r) => r.method))) {
    const ids = rows.filter((r) => r.method === method).map((r) => r.model.id);
    const found = await tx.$queryRaw<{ modelId: string; rating: number; ciLow: number | null; ciHigh: number | null; lastRanked: number | null }[]>`
      SELECT DISTINCT ON (s."modelId") s."modelId", s."rating", s."ciLow", s."ciHigh",
        COALESCE(s."rank", (SELECT r."rank" FROM "EloSnapshot" r
          WHERE r."leaderboardId" = s."leaderboardId" AND r."modelId" = s."modelId" AND r."method" = s."method" AND r."capturedAt" < s."capturedAt" AND r."rank" IS NOT NULL
          ORDER BY r."capturedAt" DESC LIMIT 1)) AS "lastRanked"
      FROM "EloSnapshot" s
      WHERE s."leaderboardId" = ${boardId} AND s."method" = ${method}::"RatingMethod" AND s."capturedAt" < ${at.toISOString()}::timestamp(3) AND s."modelId" = ANY(${ids}::text[])
      ORDER BY s."modelId", s."capturedAt" DESC`;
    for (const f of found) out.set(`${method}|${f.modelId}`, f);
  }
  return out;
}
