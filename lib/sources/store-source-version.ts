import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Tx } from "@/lib/db";
import type { ParsedBoard } from "./source-entry";
import { writeVersionEntries } from "./write-version-entries";

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

  const written = await writeVersionEntries(tx, source, board, versionDate, input.board.entries, { news: !input.backfilled, firstVersion: latest === null });
  const unmatched = written.unmatched;
  // Raw SQL with the body as base64 text: pglite-prisma-adapter 0.6.1 hands PGlite Prisma's base64 form of a Bytes value, which it refuses for bytea.
  const [version] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "SourceVersion" ("id", "sourceId", "bodyHash", "body", "versionDate", "fetchedAt", "entryCount", "unmatchedCount", "backfilled")
    VALUES (${randomUUID()}, ${source.id}, ${input.bodyHash}, decode(${gzipSync(input.body).toString("base64")}, 'base64'),
      ${versionDate.toISOString()}::timestamp(3), ${input.fetchedAt.toISOString()}::timestamp(3), ${input.board.entries.length}, ${unmatched}, ${input.backfilled})
    RETURNING "id"`;
  if (!version) throw new Error("The version was not stored.");
  await recordAudit(tx, {
    actor: null,
    action: "leaderboard.source-version",
    entityType: "Leaderboard",
    entityId: board.id,
    data: { sourceId: source.id, versionId: version.id, versionDate: versionDate.toISOString(), entries: input.board.entries.length, unmatched, backfilled: input.backfilled },
  });
  return { stored: true, versionId: version.id, versionDate, entries: input.board.entries.length, unmatched, boardSlug: board.slug, models: written.models };
}
