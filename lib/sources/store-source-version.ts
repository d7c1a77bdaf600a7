import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { recordAudit } from "@/lib/audit/record-audit";
import { createProvisionalModels, planProvisionalModels } from "@/lib/battles/create-provisional-models";
import { writeSnapshotRows, type ResolvedSnapshotRow } from "@/lib/catalog/write-snapshot-rows";
import type { Tx } from "@/lib/db";
import { rankSnapshotGroup } from "@/lib/catalog/rank-snapshot-group";
import { detectReanchoring } from "./detect-reanchoring";
import { loadPriorNames, signalNewContenders } from "./signal-new-contenders";
import { loadNameIndex, lookUpName } from "./resolve-source-names";
import { rememberSourceNames } from "./remember-source-names";
import type { ParsedBoard, SourceEntry } from "./source-entry";

export interface VersionToStore {
  sourceId: string;
  /** The raw body as fetched (or read from a backfill file). */
  body: Buffer;
  bodyHash: string;
  board: ParsedBoard;
  fetchedAt: Date;
  /** An old version imported after the fact: history, never news. */
  backfilled: boolean;
}

export type StoredVersion =
  | { stored: false; reason: "unchanged" | "date-taken" }
  | {
      stored: true;
      versionId: string;
      versionDate: Date;
      entries: number;
      unmatched: number;
      boardSlug: string;
      /** Slugs of the models whose snapshots were written. */
      models: string[];
    };

/**
 * One publication into the board, in the caller's transaction: the source and
 * its board locked (one writer at a time; a second worker holding the same
 * body finds it stored and writes nothing), names resolved (remembered
 * mapping, then slugs and aliases), matched entries written as PUBLISHED
 * snapshots at the version's date through the snapshot import's path (ranks
 * with uncertainty, rank and rating signals), every name remembered, and the
 * raw body kept compressed.
 */
export async function storeSourceVersion(tx: Tx, input: VersionToStore): Promise<StoredVersion> {
  const [source] = await tx.$queryRaw<{ id: string; leaderboardId: string; createModels: boolean }[]>`
    SELECT "id", "leaderboardId", "createModels" FROM "LeaderboardSource" WHERE "id" = ${input.sourceId} FOR UPDATE`;
  if (!source) throw new Error(`Leaderboard source ${input.sourceId} is gone.`);
  const board = await tx.leaderboard.findUniqueOrThrow({
    where: { id: source.leaderboardId },
    select: { id: true, slug: true, name: true, method: true, minVotes: true, modality: true, alertTopN: true },
  });
  await tx.$executeRaw`SELECT 1 FROM "Leaderboard" WHERE id = ${board.id} FOR UPDATE`;

  const versionDate = input.board.versionDate ?? input.fetchedAt;
  const latest = await tx.sourceVersion.findFirst({
    where: { sourceId: source.id },
    orderBy: { versionDate: "desc" },
    select: { bodyHash: true },
  });
  if (!input.backfilled && latest?.bodyHash === input.bodyHash) return { stored: false, reason: "unchanged" };
  const sameDate = await tx.sourceVersion.findUnique({ where: { sourceId_versionDate: { sourceId: source.id, versionDate } }, select: { id: true } });
  if (sameDate) return { stored: false, reason: "date-taken" };

  const remembered = new Map(
    (await tx.sourceName.findMany({ where: { sourceId: source.id, modelId: { not: null } }, select: { sourceKey: true, modelId: true } })).map(
      (n) => [n.sourceKey, n.modelId as string],
    ),
  );
  const index = await loadNameIndex(tx);
  const resolved = input.board.entries.map((entry) => ({
    entry,
    modelId: remembered.get(entry.sourceKey) ?? lookUpName(index, entry.displayName, entry.sourceKey),
  }));
  if (source.createModels) {
    const unknown = resolved.filter((r) => r.modelId === null);
    const plan = planProvisionalModels(unknown.map((r) => r.entry.displayName));
    const created = await createProvisionalModels(tx, plan.models, board.modality);
    for (const r of unknown) r.modelId = created.ids.get(r.entry.displayName) ?? null;
  }

  const slugs = new Map(
    (await tx.model.findMany({ where: { id: { in: [...new Set(resolved.flatMap((r) => (r.modelId ? [r.modelId] : [])))] } }, select: { id: true, slug: true } })).map(
      (m) => [m.id, m.slug],
    ),
  );
  const rows: ResolvedSnapshotRow[] = [];
  const taken = new Set<string>();
  // Two names of one model in one version (a codename and its reveal): the higher-rated stands for it.
  for (const { entry, modelId } of [...resolved].sort((a, b) => b.entry.rating - a.entry.rating)) {
    if (!modelId || taken.has(modelId)) continue;
    taken.add(modelId);
    rows.push(toSnapshotRow(entry, { id: modelId, slug: slugs.get(modelId) ?? modelId }, versionDate));
  }
  const scale = await scaleOf(tx, source.id, board.id, versionDate, rows);
  for (const r of rows) r.anchor = scale.anchor;
  const written = await writeSnapshotRows(tx, board, null, rows, { signals: !input.backfilled, scaleShift: scale.shift ?? 0 });
  // Rank with uncertainty among every entry, matched or not: where an unknown name stands.
  const ranks = rankSnapshotGroup(
    resolved.map(({ entry }) => ({ rating: entry.rating, ciLow: entry.ciLow ?? null, ciHigh: entry.ciHigh ?? null, votes: entry.votes ?? null })),
    board.minVotes,
  );
  const ranked = resolved.map((r, i) => ({ ...r, rank: ranks[i] ?? null }));
  const prior = await loadPriorNames(tx, source.id, resolved.map((r) => r.entry.sourceKey));
  await rememberSourceNames(tx, source.id, versionDate, ranked);
  await signalNewContenders(tx, board, source.id, versionDate, ranked, prior, { silent: input.backfilled || latest === null });
  const unmatched = resolved.filter((r) => r.modelId === null).length;
  // Raw SQL with the body as base64 text: pglite-prisma-adapter 0.6.1 hands PGlite Prisma's base64 form of a Bytes value, which it refuses for bytea.
  const [version] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "SourceVersion" ("id", "sourceId", "bodyHash", "body", "versionDate", "fetchedAt", "entryCount", "unmatchedCount", "backfilled")
    VALUES (${randomUUID()}, ${source.id}, ${input.bodyHash}, decode(${gzipSync(input.body).toString("base64")}, 'base64'),
      ${versionDate.toISOString()}::timestamp(3), ${input.fetchedAt.toISOString()}::timestamp(3), ${input.board.entries.length}, ${unmatched}, ${input.backfilled})
    RETURNING "id"`;
  if (!version) throw new Error("The version was not stored.");
  await recordAudit(tx, {
    actorId: null,
    action: "leaderboard.source-version",
    entityType: "Leaderboard",
    entityId: board.id,
    data: { sourceId: source.id, versionId: version.id, versionDate: versionDate.toISOString(), entries: input.board.entries.length, unmatched, backfilled: input.backfilled },
  });
  return { stored: true, versionId: version.id, versionDate, entries: input.board.entries.length, unmatched, boardSlug: board.slug, models: written.models };
}

/**
 * The scale this version is on. Its snapshots carry it as their anchor: the
 * previous version's, or when most models moved alike (detectReanchoring) a
 * new one naming the shift, which the charts draw as a method break and
 * rating signals discount.
 */
async function scaleOf(tx: Tx, sourceId: string, boardId: string, versionDate: Date, rows: readonly ResolvedSnapshotRow[]) {
  const previous = await tx.sourceVersion.findFirst({ where: { sourceId, versionDate: { lt: versionDate } }, orderBy: { versionDate: "desc" }, select: { versionDate: true } });
  if (!previous) return { anchor: AS_PUBLISHED, shift: null };
  const before = await tx.eloSnapshot.findMany({
    where: { leaderboardId: boardId, capturedAt: previous.versionDate, method: "PUBLISHED" },
    select: { modelId: true, rating: true, anchor: true },
  });
  const shift = detectReanchoring(new Map(before.map((s) => [s.modelId, s.rating])), new Map(rows.map((r) => [r.model.id, r.rating])));
  if (shift === null) return { anchor: before.find((s) => s.anchor)?.anchor ?? AS_PUBLISHED, shift: null };
  return { anchor: `re-anchored by ${shift > 0 ? "+" : ""}${shift.toFixed(1)} (${versionDate.toISOString().slice(0, 10)})`, shift };
}

const AS_PUBLISHED = "as published";

function toSnapshotRow(entry: SourceEntry, model: { id: string; slug: string }, capturedAt: Date): ResolvedSnapshotRow {
  return {
    model,
    capturedAt,
    method: "PUBLISHED",
    rating: entry.rating,
    ciLow: entry.ciLow ?? null,
    ciHigh: entry.ciHigh ?? null,
    votes: entry.votes ?? null,
    appearances: null,
    pool: null,
    anchor: null,
    displayLabel: entry.displayName,
  };
}
